namespace Orchestrator.Service.Tests;

public sealed class When_artifacts_arrive
{
    [Fact]
    public void Should_change_nothing_for_a_duplicate()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        var task = simulation.Tasks.Dequeue();
        var artifact = simulation.Produce(task, "product_backlog.yaml");

        Assert.True(simulation.Apply(e => Orchestrator.Service.Runs.ArtifactIntake.Accept(simulation.Run, artifact, e, TimeProvider.System)).Changed);
        var again = simulation.Apply(e => Orchestrator.Service.Runs.ArtifactIntake.Accept(simulation.Run, artifact, e, TimeProvider.System));

        Assert.False(again.Changed);
        Assert.Empty(again.History);
        Assert.Single(simulation.Run.Progress.Artifacts);
    }

    [Fact]
    public void Should_refuse_an_artifact_from_a_role_the_task_was_not_given_to()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        var task = simulation.Tasks.Dequeue();

        var refusal = simulation.Deliver(simulation.Produce(task, "product_backlog.yaml") with { Role = "qa_ai" });

        Assert.Equal($"refused product_backlog.yaml from qa_ai: task {task.TaskId} was given to product_owner_ai, not qa_ai", refusal);
        Assert.Empty(simulation.Run.Progress.Artifacts);
    }

    [Fact]
    public void Should_refuse_an_artifact_for_an_unknown_task()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        var task = simulation.Tasks.Dequeue();

        var refusal = simulation.Deliver(simulation.Produce(task, "product_backlog.yaml") with { TaskId = Guid.Empty });

        Assert.StartsWith("refused product_backlog.yaml from product_owner_ai: task 00000000", refusal);
    }

    [Fact]
    public void Should_refuse_an_output_the_task_does_not_expect()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        var task = simulation.Tasks.Dequeue();

        var refusal = simulation.Deliver(simulation.Produce(task, "test_results.json"));

        Assert.NotNull(refusal);
        Assert.Contains("is not an output of task", refusal);
    }
}
