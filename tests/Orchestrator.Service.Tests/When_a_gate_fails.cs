using Orchestrator.Contracts;
using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Tests;

public sealed class When_a_gate_fails
{
    [Fact]
    public void Should_send_failing_tests_back_to_development_after_the_back_off()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        simulation.RunUntil("TESTING");
        simulation.Perform(simulation.Tasks.Dequeue());

        simulation.FailGate(simulation.Gates.Dequeue(), "no_failed_tests");
        Assert.Equal("TESTING", simulation.Run.WorkflowState);
        simulation.FireTimer();

        Assert.Equal("DEVELOPMENT", simulation.Run.WorkflowState);
        Assert.Contains(simulation.Tasks, t => t.Role == "codegen_ai");
        Assert.Null(simulation.Status);
    }

    [Fact]
    public void Should_redispatch_the_principal_engineer_when_the_final_plan_is_incomplete()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        simulation.RunUntil("SYNTHESIS");
        var first = simulation.Tasks.Dequeue();
        simulation.Perform(first);

        simulation.FailGate(simulation.Gates.Dequeue(), "plan_covers_every_task");
        simulation.FireTimer();

        var again = Assert.Single(simulation.Tasks);
        Assert.Equal("principal_engineer_ai", again.Role);
        Assert.Equal(first.Attempt + 1, again.Attempt);
        Assert.Equal("SYNTHESIS", simulation.Run.WorkflowState);
        simulation.Perform(simulation.Tasks.Dequeue());
        Assert.Single(simulation.Gates);
    }

    [Fact]
    public void Should_escalate_an_audit_verification_conflict_then_block()
    {
        var simulation = new PipelineSimulation();
        simulation.Start();
        simulation.RunUntil("VALIDATION");
        simulation.Perform(simulation.Tasks.Dequeue());

        simulation.FailGate(simulation.Gates.Dequeue(), "verdicts_agree", blocking: true);

        var escalation = Assert.Single(simulation.Events.OfType<EscalationRaised>());
        Assert.Equal("human:tech_lead", escalation.To);
        Assert.Equal(RunStatus.Blocked, simulation.Status);
        Assert.Equal("BLOCKED", simulation.Run.WorkflowState);
    }
}
