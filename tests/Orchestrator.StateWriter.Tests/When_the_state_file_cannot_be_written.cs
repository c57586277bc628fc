using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orchestrator.StateWriter.Tests.Support;

namespace Orchestrator.StateWriter.Tests;

public sealed class When_the_state_file_cannot_be_written : IDisposable
{
    readonly TempFolder folder = new();
    readonly WorkflowStateFile state = new();
    readonly StateWriterStatus status = new();
    readonly StateFileFlusher flusher;

    public When_the_state_file_cannot_be_written()
    {
        flusher = new StateFileFlusher(state, status,
            Options.Create(new StateWriterOptions { Path = folder.StatePath }), NullLogger<StateFileFlusher>.Instance);
        _ = flusher.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Should_hold_the_message_report_unhealthy_and_write_once_it_can()
    {
        // A folder where the file should be: the rename over it fails, as it would on a full or read-only disk.
        Directory.CreateDirectory(folder.StatePath);
        var runId = Guid.NewGuid();

        var pending = flusher.ApplyAsync(Snapshots.Run(runId, 1), CancellationToken.None);
        await Eventually.True(() => status.WriteError is not null, "the write to fail");

        Assert.False(pending.IsCompleted, "the message was released although nothing was written");
        Assert.Equal(HealthStatus.Unhealthy, (await Check()).Status);
        Directory.Delete(folder.StatePath);
        Assert.True(await pending.WaitAsync(TimeSpan.FromSeconds(15)));
        Assert.Equal(1, StateFileLoader.Parse(File.ReadAllBytes(folder.StatePath)).Runs[runId].SagaVersion);
        Assert.Equal(HealthStatus.Healthy, (await Check()).Status);
        Assert.Equal(["workflow_state.json"], folder.Files());
    }

    public void Dispose()
    {
        flusher.Complete();
        folder.Dispose();
    }

    Task<HealthCheckResult> Check()
    {
        status.BecameActive();
        return new StateWriterHealthCheck(status, state, Options.Create(new StateWriterOptions { Path = folder.StatePath }))
            .CheckHealthAsync(new HealthCheckContext());
    }
}
