namespace Orchestrator.Definitions.Tests;

public sealed class When_states_are_shaped_wrongly
{
    private const string Pipeline = MiniDefinition.Pipeline;

    [Fact]
    public void Should_keep_main_line_roles_out_of_support()
    {
        var pipeline = Pipeline.Edit("      - role: planner\n    gate", "      - role: planner\n    support:\n      - role: tester\n    gate");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "tester\n    gate")}: role 'tester' is not a support role: move it to steps, or mark the role support: true"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_require_two_roles_in_a_parallel_step()
    {
        var pipeline = Pipeline.Edit("      - role: planner\n    gate", "      - parallel:\n          - role: planner\n    gate");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "parallel")}: a parallel step of state 'WORK' needs at least two roles; use 'role' for one"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_keep_a_hold_state_free_of_work()
    {
        var pipeline = Pipeline.Edit("    kind: hold\n", "    kind: hold\n    gate: check\n");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "check\n    transitions: [WORK, TEST]")}: a state of kind hold cannot have 'gate' (state 'BLOCKED')"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_require_next_or_final_on_a_work_state()
    {
        var pipeline = Pipeline.Edit("    final: true\n", "");

        var problems = MiniDefinition.Problems(pipeline);

        Assert.Contains($"gates/pipeline.yaml:{Position.Of(pipeline, "id: TEST")}: state 'TEST' needs next (where the run goes once its gate passes), or final: true", problems);
        Assert.Contains($"gates/pipeline.yaml:{Position.Of(pipeline, "- id: IDLE")}: no state is final: mark the state whose completion completes the run with final: true", problems);
    }

    [Fact]
    public void Should_accept_a_parallel_step_and_dispatch_it_on_entry()
    {
        var pipeline = Pipeline
            .Edit("      - role: planner\n    gate", "      - parallel:\n          - role: planner\n          - role: tester\n    gate")
            .Edit("    steps:\n      - role: tester\n", "    steps:\n      - role: planner\n");

        var result = MiniDefinition.Load(pipeline);

        Assert.Empty(result.Problems);
        var work = result.Definition!.GetState("WORK");
        Assert.True(work.Steps.Single().Parallel);
        Assert.Equal(["planner", "tester"], work.DispatchOnEntry.Select(a => a.Role));
        Assert.Equal(["plan.md", "results.json"], work.ExpectedOutputs);
    }
}
