namespace Orchestrator.Definitions.Tests;

public sealed class When_the_state_graph_is_broken
{
    private const string Pipeline = MiniDefinition.Pipeline;

    [Fact]
    public void Should_report_a_state_unreachable_from_the_initial_state()
    {
        var pipeline = Pipeline.Edit("  - id: BLOCKED\n", """
              - id: LIMBO
                final: true
                steps:
                  - role: tester
                transitions: [BLOCKED]
              - id: BLOCKED

            """);

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "LIMBO")}: state 'LIMBO' is unreachable from 'IDLE': no allowed transition leads to it"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_report_a_cycle_without_an_exit()
    {
        var pipeline = Pipeline
            .Edit("transitions: [TEST, BLOCKED]", "transitions: [TEST, BLOCKED, LOOP_A]")
            .Edit("  - id: BLOCKED\n", """
                  - id: LOOP_A
                    steps:
                      - role: tester
                    next: LOOP_B
                    transitions: [LOOP_B]
                  - id: LOOP_B
                    steps:
                      - role: planner
                    next: LOOP_A
                    transitions: [LOOP_A]
                  - id: BLOCKED

                """);

        var problems = MiniDefinition.Problems(pipeline);

        Assert.Contains($"gates/pipeline.yaml:{Position.Of(pipeline, "[LOOP_B]")}: state 'LOOP_A' cannot reach a final state: its transitions stay within a cycle without an exit (LOOP_A, LOOP_B); add a transition out", problems);
        Assert.Contains($"gates/pipeline.yaml:{Position.Of(pipeline, "[LOOP_A]")}: state 'LOOP_B' cannot reach a final state: its transitions stay within a cycle without an exit (LOOP_A, LOOP_B); add a transition out", problems);
        Assert.Contains($"gates/pipeline.yaml:{Position.Of(pipeline, "[LOOP_B]")}: state 'LOOP_A' must allow a transition to 'BLOCKED': policy 'block' can block the run in any state", problems);
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Should_require_next_to_be_an_allowed_transition()
    {
        var pipeline = Pipeline.Edit("next: TEST\n    transitions: [TEST, BLOCKED]", "next: TEST\n    transitions: [BLOCKED]");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "TEST\n    transitions: [BLOCKED]")}: next state 'TEST' is not an allowed transition of 'WORK': add it to transitions"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_reject_a_handoff_across_a_transition_not_in_the_table()
    {
        var pipeline = Pipeline + """
            handoffs:
              - id: skip_ahead
                mode: sequential
                from: { state: IDLE }
                to: { state: TEST, roles: [tester] }
                when:
                  - artifact: plan.md

            """;

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "TEST, roles")}: handoff 'skip_ahead' moves from 'IDLE' to 'TEST', which is not an allowed transition of 'IDLE'"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_reject_a_parallel_handoff_to_roles_run_one_after_another()
    {
        var pipeline = Pipeline
            .Edit("      - role: planner\n    gate", "      - role: planner\n      - role: tester\n    gate")
            + """
            handoffs:
              - id: both_at_once
                mode: parallel
                from: { state: IDLE }
                to: { state: WORK, roles: [planner, tester] }
                when:
                  - artifact: plan.md

            """;

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "parallel")}: parallel handoff 'both_at_once' targets roles that state 'WORK' does not dispatch together (planner, tester): put them in one parallel step, or make the handoff sequential"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_allow_one_initial_state_only()
    {
        var pipeline = Pipeline.Edit("  - id: BLOCKED\n    kind: hold", "  - id: BLOCKED\n    kind: initial\n    next: WORK");

        Assert.Equal(
            [
                $"gates/pipeline.yaml:{Position.Of(pipeline, "initial", 2)}: state 'BLOCKED' is a second initial state (the first is 'IDLE'): keep one",
                $"gates/pipeline.yaml:{Position.Of(pipeline, "BLOCK\n")}: policy 'block' blocks the run, but no state has kind: hold to block it in",
            ],
            MiniDefinition.Problems(pipeline));
    }
}
