namespace Orchestrator.Definitions.Tests;

public sealed class When_comparing_values_at_a_path
{
    private const string Metrics = """
        {
          "coverage": 81.5,
          "flaky": false,
          "owner": null,
          "suites": { "unit": { "failed": 0 }, "integration": { "failed": 3 } }
        }
        """;

    private static readonly SourceLocation Here = new("test", 1, 1);

    [Theory]
    [InlineData("coverage", CompareOperator.GreaterThan, "80", null)]
    [InlineData("coverage", CompareOperator.LessThan, "80", "metrics.json: coverage is '81.5', expected less than 80")]
    [InlineData("coverage", CompareOperator.Equal, "81.50", null)]
    [InlineData("coverage", CompareOperator.NotEqual, "81.5", "metrics.json: coverage is '81.5', expected not equal to 81.5")]
    [InlineData("flaky", CompareOperator.Equal, "False", null)]
    [InlineData("owner", CompareOperator.Equal, "null", null)]
    [InlineData("owner", CompareOperator.Exists, null, null)]
    [InlineData("suites", CompareOperator.Equal, "x", "metrics.json: suites is a mapping, not a single value")]
    [InlineData("flaky", CompareOperator.GreaterThan, "1", "metrics.json: flaky is 'false', which cannot be compared as a number with 1")]
    [InlineData("suites.*.failed", CompareOperator.Equal, "0", "metrics.json: suites.integration.failed is '3', expected equal to 0")]
    [InlineData("suites.e2e.failed", CompareOperator.Exists, null, "metrics.json: suites.e2e.failed does not exist")]
    public async Task Should_hold_or_say_what_the_value_is(string path, CompareOperator op, string? value, string? failure)
    {
        var rule = new JsonPathRule("r", null, Here, "metrics.json", path, op, value);
        var gate = new GateDefinition("g", null, ["metrics.json"], [rule], [], null, Here);

        var evaluation = await GateEvaluator.EvaluateAsync(gate, new InMemoryArtifactReader().Add("metrics.json", Metrics));

        Assert.Equal(failure, evaluation.Failures.SingleOrDefault()?.Message);
    }

    [Fact]
    public async Task Should_index_lists_and_read_yaml_too()
    {
        var rule = new YamlPathRule("r", null, Here, "plan.yaml", "steps.1.owner", CompareOperator.Equal, "qa_ai");
        var gate = new GateDefinition("g", null, ["plan.yaml"], [], [rule], null, Here);
        var reader = new InMemoryArtifactReader().Add("plan.yaml", "steps:\n  - owner: codegen_ai\n  - owner: qa\n");

        var failure = Assert.Single((await GateEvaluator.EvaluateAsync(gate, reader)).Failures);

        Assert.Equal(new RuleOutcome("r", "plan.yaml: steps.1.owner is 'qa', expected equal to qa_ai", Blocking: true), failure);
    }
}
