namespace Orchestrator.Definitions.Tests;

public sealed class When_ids_or_artifacts_do_not_add_up
{
    private const string Pipeline = MiniDefinition.Pipeline;
    private const string Gate = MiniDefinition.Gate;

    [Fact]
    public void Should_report_a_duplicate_role_id()
    {
        var pipeline = Pipeline.Edit("  - id: tester\n", "  - id: planner\n");

        Assert.Equal(
            [
                $"gates/pipeline.yaml:{Position.Of(pipeline, "planner", 2)}: duplicate role id 'planner' (first defined at line 8)",
                $"gates/pipeline.yaml:{Position.Of(pipeline, "tester")}: unknown role 'tester' (known: planner)",
            ],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_report_a_duplicate_rule_id_across_both_rule_lists()
    {
        var gate = Gate + """
            blocking_conditions:
              - id: has_overview
                kind: size
                artifact: plan.md
                min_bytes: 1

            """;

        Assert.Equal(
            [$"gates/check.yaml:{Position.Of(gate, "has_overview", 2)}: duplicate rule id 'has_overview' in gate 'check' (first at line 4)"],
            MiniDefinition.Problems(gate: gate));
    }

    [Fact]
    public void Should_require_rules_to_read_only_required_inputs()
    {
        var gate = Gate.Edit("    artifact: plan.md\n", "    artifact: results.json\n");

        Assert.Equal(
            [
                $"gates/check.yaml:{Position.Of(gate, "results.json")}: rule 'has_overview' reads 'results.json', which is not among the required_inputs of gate 'check': add it there",
                $"gates/check.yaml:{Position.Of(gate, "results.json")}: rule 'has_overview' (markdown_sections) cannot read 'results.json', a json artifact: its artifact must be markdown",
            ],
            MiniDefinition.Problems(gate: gate));
    }

    [Fact]
    public void Should_report_a_required_input_that_no_role_produces()
    {
        var gate = Gate.Edit("required_inputs: [plan.md]", "required_inputs: [plan.md, notes.md]");

        Assert.Equal(
            [$"gates/check.yaml:{Position.Of(gate, "notes.md")}: unknown artifact 'notes.md' (known: plan.md, results.json)"],
            MiniDefinition.Problems(gate: gate));
    }

    [Fact]
    public void Should_report_an_artifact_that_no_role_produces()
    {
        var pipeline = Pipeline.Edit("artifacts:\n", "artifacts:\n  - name: orphan.md\n    format: markdown\n");

        Assert.Equal(
            [$"gates/pipeline.yaml:3:5: artifact 'orphan.md' is not produced by any role: add it to a role's produces, or remove it"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_report_a_role_given_outputs_it_does_not_produce()
    {
        var pipeline = Pipeline.Edit("      - role: planner\n    gate", "      - role: planner\n        outputs: [results.json]\n    gate");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "results.json]", 2)}: role 'planner' does not produce 'results.json' (it produces plan.md)"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_require_the_gate_id_to_match_its_file_name()
    {
        var gate = Gate.Edit("gate: check", "gate: checks");

        var problems = MiniDefinition.Problems(gate: gate);

        Assert.Contains("gates/check.yaml:1:7: gate id 'checks' does not match its file name check.yaml: name the file after the gate", problems);
    }
}
