namespace Orchestrator.Definitions.Tests;

public sealed class When_a_file_is_not_valid_yaml
{
    [Fact]
    public void Should_load_the_mini_definition_cleanly_to_begin_with() =>
        Assert.Empty(MiniDefinition.Problems());

    [Fact]
    public void Should_report_the_syntax_error_with_its_position()
    {
        const string gate = """
            gate: check
            required_inputs: [plan.md]
            validation_rules:
              - id: has_overview
                kind: markdown_sections
                 artifact: plan.md
            """;

        Assert.Equal(
            ["gates/check.yaml:6:14: YAML syntax error: While scanning a plain scalar value, found invalid mapping."],
            MiniDefinition.Problems(gate: gate));
    }

    [Fact]
    public void Should_give_a_line_for_an_unclosed_flow_list()
    {
        const string gate = """
            gate: check
            required_inputs: [plan.md
            on_fail: retry
            """;

        // YamlDotNet gives no position for this one; the loader points at the last good token.
        Assert.Equal(
            ["gates/check.yaml:2:18: YAML syntax error after this point: check for an unclosed [ or { or quote"],
            MiniDefinition.Problems(gate: gate));
    }

    [Fact]
    public void Should_report_a_duplicate_key_where_it_is_repeated()
    {
        var gate = MiniDefinition.Gate + "on_fail: block\n";

        Assert.Equal(
            [$"gates/check.yaml:{Position.Of(gate, "on_fail", 2)}: YAML syntax error: Duplicate key on_fail"],
            MiniDefinition.Problems(gate: gate));
    }

    [Fact]
    public void Should_still_check_the_other_files()
    {
        var pipeline = MiniDefinition.Pipeline.Edit("pipeline: mini", "pipeline: mini\nowner: team-a");

        var problems = MiniDefinition.Problems(pipeline, gate: "gate: check\nrequired_inputs: [plan.md\n");

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("gates/check.yaml:", problems[0]);
        Assert.StartsWith("gates/pipeline.yaml:2:1: unknown field 'owner' in pipeline 'mini'", problems[1]);
    }

    [Fact]
    public void Should_reject_a_file_that_is_a_list()
    {
        Assert.Equal(
            ["gates/check.yaml:1:1: the file must be a mapping of fields (key: value), not a list or a single value"],
            MiniDefinition.Problems(gate: "- gate: check\n"));
    }
}
