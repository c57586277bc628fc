namespace Orchestrator.Definitions.Tests;

public sealed class When_fields_are_unknown_missing_or_mistyped
{
    private const string Pipeline = MiniDefinition.Pipeline;

    [Fact]
    public void Should_name_an_unknown_field_and_suggest_the_known_one()
    {
        var pipeline = Pipeline.Edit("pipeline: mini", "pipeline: mini\ndescripton: typo");

        Assert.Equal(
            [$"gates/pipeline.yaml:2:1: unknown field 'descripton' in pipeline 'mini' (known fields: pipeline, description, artifacts, roles, states, handoffs, error_policies, special_cases); did you mean 'description'?"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_report_a_missing_required_field_at_its_mapping()
    {
        var pipeline = Pipeline.Edit("  - name: results.json\n    format: json\n", "  - name: results.json\n");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "name: results.json")}: artifact 'results.json' is missing the required field 'format'"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_report_a_value_of_the_wrong_type()
    {
        var pipeline = Pipeline.Edit("max_attempts: 2", "max_attempts: three");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "three")}: field 'max_attempts' of policy 'retry' must be a whole number, not 'three'"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_list_the_allowed_values_of_an_enumeration_without_follow_up_noise()
    {
        var pipeline = Pipeline.Edit("action: WAIT_RETRY", "action: RETRY");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "RETRY")}: field 'action' of policy 'retry' must be one of BLOCK, ESCALATE, HALT_PIPELINE, WAIT_RETRY, not 'RETRY'"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_require_a_list_where_a_list_belongs()
    {
        var pipeline = Pipeline.Edit("transitions: [BLOCKED]", "transitions: BLOCKED");

        Assert.Equal(
            [$"gates/pipeline.yaml:{Position.Of(pipeline, "BLOCKED\n  - id: BLOCKED")}: field 'transitions' of state 'TEST' must be a list of names, not 'BLOCKED'"],
            MiniDefinition.Problems(pipeline));
    }

    [Fact]
    public void Should_report_a_field_that_belongs_to_another_rule_kind()
    {
        var gate = MiniDefinition.Gate.Edit("    sections: [Overview]\n", "    sections: [Overview]\n    pattern: Overview\n");

        Assert.Equal(
            [$"gates/check.yaml:{Position.Of(gate, "pattern")}: unknown field 'pattern' in rule 'has_overview' of gate 'check' (known fields: id, kind, description, artifact, sections)"],
            MiniDefinition.Problems(gate: gate));
    }

    [Fact]
    public void Should_check_rule_parameters_when_loading()
    {
        var gate = MiniDefinition.Gate + """
            blocking_conditions:
              - id: no_draft
                kind: regex
                artifact: plan.md
                pattern: '(DRAFT'
              - id: titled
                kind: size
                artifact: plan.md
                min_bytes: 10
                max_bytes: 5

            """;

        Assert.Equal(
            [
                $"gates/check.yaml:{Position.Of(gate, "'(DRAFT'")}: field 'pattern' of rule 'no_draft' of gate 'check' is not a valid regular expression: Invalid pattern '(DRAFT' at offset 6. Not enough )'s.",
                $"gates/check.yaml:{Position.Of(gate, "5\n")}: field 'max_bytes' of rule 'titled' of gate 'check' (5) is below min_bytes (10)",
            ],
            MiniDefinition.Problems(gate: gate));
    }
}
