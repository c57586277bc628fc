using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Tests;

public sealed class When_a_transition_is_not_allowed
{
    [Fact]
    public void Should_refuse_it_record_why_and_block_the_run()
    {
        var simulation = new PipelineSimulation(definition => definition with
        {
            States = definition.States.Select(s => s.Id == "PLANNING" ? s with { Transitions = ["BLOCKED"] } : s).ToList(),
        });
        simulation.Start();
        while (simulation.Gates.Count == 0)
            simulation.Perform(simulation.Tasks.Dequeue());

        var effects = simulation.Apply(e => simulation.Engine.PassState(simulation.Run, e, "gate planning passed"));

        Assert.Equal(RunStatus.Blocked, simulation.Status);
        Assert.Contains(effects.History, h => h.Kind == "refusal" && h.Detail == "the transition PLANNING → AUDIT is not in the allowed table of PLANNING");
        Assert.Equal("BLOCKED", simulation.Run.WorkflowState);
        Assert.Equal("PLANNING", simulation.Run.PreviousWorkflowState);
    }
}
