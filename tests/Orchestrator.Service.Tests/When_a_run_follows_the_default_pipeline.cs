using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Tests;

public sealed class When_a_run_follows_the_default_pipeline
{
    [Fact]
    public void Should_visit_every_work_state_in_order_and_complete()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        simulation.RunToEnd();

        Assert.Equal(RunStatus.Completed, simulation.Status);
        Assert.Equal(
            ["PLANNING", "AUDIT", "VALIDATION", "SYNTHESIS", "DEVELOPMENT", "TESTING", "DEPLOYMENT", "MONITORING", "COMPLETED"],
            simulation.States);
        Assert.Equal("MONITORING", simulation.Run.Checkpoint);
        Assert.Empty(simulation.Run.Progress.ActiveRoles);
    }

    [Fact]
    public void Should_dispatch_the_planner_only_after_the_backlog_is_ready()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();

        var productOwner = Assert.Single(simulation.Tasks);
        Assert.Equal("product_owner_ai", productOwner.Role);
        Assert.Equal(["product_backlog.yaml"], productOwner.ExpectedOutputs);

        simulation.Tasks.Clear();
        simulation.Deliver(simulation.Produce(productOwner, "product_backlog.yaml"));
        Assert.Empty(simulation.Tasks);

        simulation.Apply(effects => simulation.Engine.CompleteRole(simulation.Run, "product_owner_ai", effects));
        var planner = Assert.Single(simulation.Tasks);
        Assert.Equal("planning_ai", planner.Role);
    }

    [Fact]
    public void Should_dispatch_auditor_and_analyst_together_after_the_planning_gate()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        while (simulation.Gates.Count == 0)
            simulation.Perform(simulation.Tasks.Dequeue());

        simulation.PassGate(simulation.Gates.Dequeue());

        Assert.Equal("AUDIT", simulation.Run.WorkflowState);
        Assert.Equal(["analyst_ai", "auditor_ai"], simulation.Tasks.Select(t => t.Role).Order());
    }

    [Fact]
    public void Should_release_a_support_role_that_finishes_after_its_state_moved_on()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        while (simulation.Run.WorkflowState != "AUDIT")
        {
            if (simulation.Tasks.TryDequeue(out var task)) simulation.Perform(task);
            else simulation.PassGate(simulation.Gates.Dequeue());
        }
        var analyst = simulation.Tasks.Single(t => t.Role == "analyst_ai");
        var auditor = simulation.Tasks.Single(t => t.Role == "auditor_ai");
        simulation.Tasks.Clear();
        simulation.Perform(auditor);
        simulation.PassGate(simulation.Gates.Dequeue());
        Assert.Equal("VALIDATION", simulation.Run.WorkflowState);
        Assert.Contains("analyst_ai", simulation.Run.Progress.ActiveRoles);

        simulation.Run.Progress.Tasks[analyst.TaskId] = simulation.Run.Progress.Tasks[analyst.TaskId] with { Completed = true };
        simulation.Apply(e => simulation.Engine.FinishEarlierTask(simulation.Run, "analyst_ai", e));

        Assert.DoesNotContain("analyst_ai", simulation.Run.Progress.ActiveRoles);
        Assert.Contains("analyst_ai", simulation.Run.Progress.CompletedRoles);
        Assert.Equal("VALIDATION", simulation.Run.WorkflowState);
    }
}
