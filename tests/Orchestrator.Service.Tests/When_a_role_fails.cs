using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Tests;

public sealed class When_a_role_fails
{
    [Fact]
    public void Should_retry_with_the_next_attempt_then_block_when_attempts_run_out()
    {
        var simulation = new PipelineSimulation();
        var failures = new FailureHandling(simulation.Definition, simulation.Engine, TimeProvider.System);
        simulation.Start();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var task = simulation.Tasks.Dequeue();
            Assert.Equal(attempt, task.Attempt);
            var record = simulation.Run.Progress.Tasks[task.TaskId];
            simulation.Apply(e => failures.RoleFailed(simulation.Run, record, "agent crashed", e));
        }

        Assert.Empty(simulation.Tasks);
        Assert.Equal(RunStatus.Blocked, simulation.Status);
        Assert.Equal("product_owner_ai failed (attempt 3): agent crashed", simulation.Run.LastError);
    }
}
