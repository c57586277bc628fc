using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Orchestrator.StateWriter;

/// <summary>
/// Lock first, consume second: waits (as a hot standby) until it holds the file lock, then loads the file, starts the
/// flusher and only then connects the <c>state-writer</c> endpoint. A standby that subscribed before holding the lock
/// could become RabbitMQ's single active consumer while unable to write, and stall the queue.
/// </summary>
internal sealed class StateWriterService(
    IOptions<StateWriterOptions> options,
    WorkflowStateFile state,
    StateFileFlusher flusher,
    StateWriterStatus status,
    IReceiveEndpointConnector connector,
    IConsumerDefinition<WorkflowStateChangedConsumer> definition,
    ILogger<StateWriterService> logger) : BackgroundService
{
    readonly CancellationTokenSource abortFlush = new();
    SingleWriterLock? held;
    Task? flushing;
    HostReceiveEndpointHandle? endpoint;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        Directory.CreateDirectory(Path.GetDirectoryName(settings.FullPath())!);
        held = await SingleWriterLock.AcquireAsync(settings.LockPath(), settings.StandbyPollInterval, LogRefusal, stoppingToken);
        logger.LogInformation("Holding {LockPath}; this instance is the state writer", settings.LockPath());

        state.Restore(StateFileLoader.Load(settings.FullPath(), logger));
        flushing = flusher.RunAsync(abortFlush.Token);
        status.Subscribing();

        var queue = definition.GetEndpointName(DefaultEndpointNameFormatter.Instance);
        endpoint = connector.ConnectReceiveEndpoint(queue, (context, e) => e.ConfigureConsumer<WorkflowStateChangedConsumer>(context));
        await endpoint.Ready.WaitAsync(stoppingToken);
        status.BecameActive();
        logger.LogInformation("Consuming {Queue}; writing {StatePath} (version {FileVersion}, {RunCount} runs)",
            queue, settings.FullPath(), state.Version, state.RunCount);
    }

    /// <summary>
    /// Stops in the order that loses nothing: the endpoint first (in-flight messages finish, since their writes still
    /// happen), then the flusher drains, and the lock goes last so a standby cannot start before the final write.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await using var abortOnTimeout = cancellationToken.Register(abortFlush.Cancel);
        if (endpoint is not null)
            await endpoint.StopAsync(cancellationToken);
        flusher.Complete();
        try
        {
            if (flushing is not null)
                await flushing;
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown deadline passed while writes were failing; the unacknowledged messages are redelivered.
        }
        held?.Dispose();
    }

    public override void Dispose()
    {
        held?.Dispose();
        abortFlush.Dispose();
        base.Dispose();
    }

    void LogRefusal(int refusals)
    {
        status.Refused(refusals);
        // Once, then rarely: a standby may wait for days and must not flood the log.
        if (refusals == 1 || refusals % 600 == 0)
            logger.LogInformation(
                "{LockPath} is held by another state writer; standing by, trying every {PollInterval} (attempt {Attempt})",
                options.Value.LockPath(), options.Value.StandbyPollInterval, refusals);
    }
}
