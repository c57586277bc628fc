namespace Orchestrator.Definitions.Tests;

public sealed class When_references_are_unknown
{
    private const string Pipeline = MiniDefinition.Pipeline;

    [Fact]
    public void Should_report_an_unknown_role_with_a_hint()
    {
        var pipeline = Pipeline.Edit("- role: planner", "- role: planer");

        Assert.Equal(
            [
                $"gates/pipeline.yaml:{Position.Of(pipeline, "id: planner")}: role 'planner' is never dispatched: add it to the steps or support of a state",
                $"gates/pipeline.yaml:{Position.Of(pipeline, "planer")}: unknown role 'planer'; did you mean 'planner'?",
            ],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_report_an_unknown_artifact()
    {
        var pipeline = Pipeline.Edit("produces: [results.json]", "produces: [result.json]");

        Assert.Equal(
            [
                $"gates/pipeline.yaml:{Position.Of(pipeline, "name: results.json")}: artifact 'results.json' is not produced by any role: add it to a role's produces, or remove it",
                $"gates/pipeline.yaml:{Position.Of(pipeline, "result.json]")}: unknown artifact 'result.json'; did you mean 'results.json'?",
            ],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_report_an_unknown_transition_target()
    {
        var pipeline = Pipeline.Edit("transitions: [WORK, TEST]", "transitions: [WORK, TESTING]");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "TESTING")}: unknown state 'TESTING' (known: IDLE, WORK, TEST, BLOCKED)"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_report_an_unknown_gate()
    {
        var pipeline = Pipeline.Edit("gate: check", "gate: checks");

        Assert.Equal(
            [
                "gates/check.yaml:1:7: gate 'check' is not used by any state: name it in a state's gate, or remove the file",
                $"gates/pipeline.yaml:{Position.Of(pipeline, "checks")}: unknown gate 'checks'; did you mean 'check'?",
            ],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_report_an_unknown_policy()
    {
        var gate = MiniDefinition.Gate.Edit("on_fail: retry", "on_fail: retry_forever");

        Assert.Equal(
            [$"gates/check.yaml:{Position.Of(gate, "retry_forever")}: unknown error policy 'retry_forever' (known: retry, block)"],
            MiniDefinition.Problems(gate: gate));
    }

    [Fact]
    public void Should_report_a_special_case_naming_a_rule_the_gate_lacks()
    {
        var pipeline = Pipeline + """
            special_cases:
              - id: odd
                gate: check
                rule: has_summary
                policy: block

            """;

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "has_summary")}: gate 'check' has no rule 'has_summary' (its rules: has_overview)"],
            MiniDefinition.Problems(pipeline));
    }
}
