namespace Orchestrator.Definitions.Tests;

public sealed class When_evaluating_the_shipped_gates
{
    [Theory]
    [InlineData("planning")]
    [InlineData("audit")]
    [InlineData("verification")]
    [InlineData("synthesis")]
    [InlineData("code_generation")]
    [InlineData("quality_assurance")]
    [InlineData("deployment")]
    public async Task Should_pass_a_run_whose_artifacts_are_complete(string gate)
    {
        var evaluation = await GateEvaluator.EvaluateAsync(SampleArtifacts.Gate(gate), SampleArtifacts.Passing());

        Assert.Empty(evaluation.Failures);
        Assert.True(evaluation.Passed);
        Assert.Equal(gate, evaluation.Gate);
    }

    [Fact]
    public async Task Should_report_a_missing_input_once_and_skip_the_rules_that_read_it()
    {
        var reader = SampleArtifacts.Passing();
        reader.Remove("test_results.json");

        Assert.Equal(
            ["required_input: required input test_results.json is missing: the role that produces it has not published it for this run"],
            await SampleArtifacts.Failures("quality_assurance", reader));
    }

    [Fact]
    public async Task Should_report_a_missing_input_under_its_artifact_exists_rule()
    {
        var reader = SampleArtifacts.Passing();
        reader.Remove("source_code");

        Assert.Equal(
            ["code_published: required input source_code is missing: the role that produces it has not published it for this run"],
            await SampleArtifacts.Failures("code_generation", reader));
    }

    [Fact]
    public async Task Should_mark_a_missing_input_blocking_when_a_blocking_condition_needs_it()
    {
        var reader = SampleArtifacts.Passing();
        reader.Remove("product_backlog.yaml");

        var evaluation = await GateEvaluator.EvaluateAsync(SampleArtifacts.Gate("planning"), reader);

        var failure = Assert.Single(evaluation.Failures);
        Assert.Equal(GateEvaluator.RequiredInputRuleId, failure.RuleId);
        Assert.True(failure.Blocking);
        Assert.True(evaluation.AnyBlocking);
    }
}
