using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orchestrator.StateWriter.Tests.Support;

namespace Orchestrator.StateWriter.Tests;

public sealed class When_snapshots_arrive_while_a_write_is_in_progress : IDisposable
{
    const int Runs = 500;
    readonly TempFolder folder = new();
    readonly WorkflowStateFile state = new();
    readonly StateFileFlusher flusher;
    readonly Task flushing;

    public When_snapshots_arrive_while_a_write_is_in_progress()
    {
        flusher = new StateFileFlusher(state, new StateWriterStatus(),
            Options.Create(new StateWriterOptions { Path = folder.StatePath }), NullLogger<StateFileFlusher>.Instance);
        flushing = flusher.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Should_return_only_once_the_file_holds_the_snapshot()
    {
        var runId = Guid.NewGuid();

        await flusher.ApplyAsync(Snapshots.Run(runId, 1), CancellationToken.None);

        var onDisk = StateFileLoader.Parse(File.ReadAllBytes(folder.StatePath));
        Assert.Equal(1, onDisk.Runs[runId].SagaVersion);
    }

    [Fact]
    public async Task Should_coalesce_them_into_fewer_writes_and_lose_none()
    {
        var runIds = Enumerable.Range(0, Runs).Select(_ => Guid.NewGuid()).ToArray();

        await Task.WhenAll(runIds.Select(runId => flusher.ApplyAsync(Snapshots.Run(runId, 1), CancellationToken.None)));

        var onDisk = StateFileLoader.Parse(File.ReadAllBytes(folder.StatePath));
        Assert.Equal(runIds.Order(), onDisk.Runs.Keys.Order());
        Assert.InRange(onDisk.Version, 1, Runs - 1);
        Assert.Equal(onDisk.Version, state.Version);
    }

    [Fact]
    public async Task Should_not_write_for_a_duplicate()
    {
        var runId = Guid.NewGuid();
        await flusher.ApplyAsync(Snapshots.Run(runId, 2), CancellationToken.None);

        var changed = await flusher.ApplyAsync(Snapshots.Run(runId, 2), CancellationToken.None);

        Assert.False(changed);
        Assert.Equal(1, StateFileLoader.Parse(File.ReadAllBytes(folder.StatePath)).Version);
    }

    [Fact]
    public async Task Should_drain_pending_writes_when_completed()
    {
        var pending = flusher.ApplyAsync(Snapshots.Run(Guid.NewGuid(), 1), CancellationToken.None);

        flusher.Complete();
        await flushing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(await pending.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Single(StateFileLoader.Parse(File.ReadAllBytes(folder.StatePath)).Runs);
    }

    public void Dispose()
    {
        flusher.Complete();
        folder.Dispose();
    }
}
