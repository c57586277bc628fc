using MassTransit;
using Orchestrator.Contracts;

namespace Orchestrator.Cli;

/// <summary>
/// A temporary queue (auto-deleted with the connection) bound to PipelineCommandRejected, listening for the refusal
/// of one command for one run. It is ready before the command is published, so a quick refusal is not missed.
/// </summary>
internal sealed class RefusalWatch(HostReceiveEndpointHandle handle, Task<PipelineCommandRejected> refused) : IAsyncDisposable
{
    public Task<PipelineCommandRejected> Refused => refused;

    public static async Task<RefusalWatch> StartAsync(IBus bus, Guid runId, string command)
    {
        var refusal = new TaskCompletionSource<PipelineCommandRejected>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handle = bus.ConnectReceiveEndpoint(new TemporaryEndpointDefinition(), KebabCaseEndpointNameFormatter.Instance, endpoint =>
            endpoint.Handler<PipelineCommandRejected>(context =>
            {
                if (context.Message.RunId == runId && context.Message.Command == command)
                    refusal.TrySetResult(context.Message);
                return Task.CompletedTask;
            }));
        try
        {
            await handle.Ready.WaitAsync(TimeSpan.FromSeconds(20));
        }
        catch (Exception e)
        {
            await handle.StopAsync();
            throw new CliException($"cannot listen for the orchestrator's answer on RabbitMQ: {e.Message}");
        }
        return new RefusalWatch(handle, refusal.Task);
    }

    public async ValueTask DisposeAsync() => await handle.StopAsync();
}
