using Orchestrator.Contracts;
using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Tests;

public sealed class When_a_role_fails
{
    [Fact]
    public void Should_retry_after_the_back_off_with_the_next_attempt_then_block_when_attempts_run_out()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var task = simulation.Tasks.Dequeue();
            Assert.Equal(attempt, task.Attempt);
            simulation.Fail(task);
            Assert.Empty(simulation.Tasks);
            if (attempt < 3)
                simulation.FireTimer();
        }

        Assert.Empty(simulation.Timers);
        Assert.Equal(RunStatus.Blocked, simulation.Status);
        Assert.Equal("BLOCKED", simulation.Run.WorkflowState);
        Assert.Equal("PLANNING", simulation.Run.PreviousWorkflowState);
        Assert.Equal("product_owner_ai failed (attempt 3): agent crashed", simulation.Run.LastError);
    }

    [Fact]
    public void Should_halt_the_pipeline_when_deployment_keeps_failing()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        simulation.RunUntil("DEPLOYMENT");
        var mlops = simulation.Tasks.Dequeue();

        simulation.Fail(mlops);
        simulation.FireTimer();
        simulation.Fail(simulation.Tasks.Dequeue());

        Assert.Equal(RunStatus.Halted, simulation.Status);
        Assert.Contains(simulation.Events, e => e is PipelineHalted { State: "DEPLOYMENT" });
    }

    [Fact]
    public void Should_not_retry_a_task_of_a_state_the_run_has_left()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        var task = simulation.Tasks.Dequeue();
        simulation.Fail(task);
        simulation.Run.WorkflowState = "AUDIT";

        simulation.FireTimer();

        Assert.Empty(simulation.Tasks);
    }
}
