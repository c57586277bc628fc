using Orchestrator.StateWriter.Tests.Support;

namespace Orchestrator.StateWriter.Tests;

public sealed class When_a_snapshot_is_applied
{
    readonly WorkflowStateFile state = new();
    readonly Guid runId = Guid.NewGuid();

    [Fact]
    public void Should_apply_a_new_run()
    {
        Assert.True(state.Apply(Snapshots.Run(runId, 1)));

        Assert.Equal(1, state.Find(runId)?.SagaVersion);
        Assert.Equal(1, state.ChangeSequence);
    }

    [Fact]
    public void Should_apply_a_newer_version()
    {
        state.Apply(Snapshots.Run(runId, 3, "PLANNING"));

        Assert.True(state.Apply(Snapshots.Run(runId, 4, "AUDIT")));

        Assert.Equal("AUDIT", state.Find(runId)?.State);
        Assert.Equal(4, state.Find(runId)?.SagaVersion);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Should_ignore_a_stale_or_duplicate_version(int sagaVersion)
    {
        state.Apply(Snapshots.Run(runId, 3, "AUDIT"));

        Assert.False(state.Apply(Snapshots.Run(runId, sagaVersion, "PLANNING")));

        Assert.Equal("AUDIT", state.Find(runId)?.State);
        Assert.Equal(3, state.Find(runId)?.SagaVersion);
        Assert.Equal(1, state.ChangeSequence);
    }

    [Fact]
    public void Should_leave_other_runs_alone()
    {
        var other = Guid.NewGuid();
        state.Apply(Snapshots.Run(other, 7, "TESTING"));

        state.Apply(Snapshots.Run(runId, 1));

        Assert.Equal("TESTING", state.Find(other)?.State);
        Assert.Equal(2, state.RunCount);
    }

    [Fact]
    public void Should_capture_the_next_file_version()
    {
        state.Restore(new WorkflowStateDocument(41, DateTimeOffset.UnixEpoch, new Dictionary<Guid, RunState>()));
        state.Apply(Snapshots.Run(runId, 1));

        var capture = state.Capture(DateTimeOffset.UnixEpoch);

        Assert.Equal(42, capture.Document.Version);
        Assert.Equal(1, capture.ChangeSequence);
        Assert.Equal(41, state.Version);
    }
}
