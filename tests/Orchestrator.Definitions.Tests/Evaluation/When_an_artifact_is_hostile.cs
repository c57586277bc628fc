namespace Orchestrator.Definitions.Tests;

public sealed class When_an_artifact_is_hostile
{
    private static readonly SourceLocation Here = new("test", 1, 1);

    [Fact]
    public async Task Should_fail_an_alias_bomb_instead_of_expanding_it()
    {
        // Ten levels of ten aliases each: 10^10 nodes if expanded.
        var lines = new List<string> { "l0: &l0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i <= 10; i++)
        {
            lines.Add($"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]");
        }

        var failure = await Evaluate(string.Join('\n', lines) + "\nstatus: ok\n");

        Assert.Equal("bomb.yaml expands to more than 1000000 nodes (through aliases?); gates do not read documents that large", failure);
    }

    [Fact]
    public async Task Should_fail_a_document_nested_too_deep_instead_of_overflowing_the_stack()
    {
        var failure = await Evaluate(new string('[', 100_000) + new string(']', 100_000));

        Assert.Equal("bomb.yaml nests deeper than 200 levels; gates do not read documents that deep", failure);
    }

    private static async Task<string?> Evaluate(string text)
    {
        var rule = new YamlPathRule("r", null, Here, "bomb.yaml", "status", CompareOperator.Exists, null);
        var gate = new GateDefinition("g", null, ["bomb.yaml"], [rule], [], null, Here);
        var evaluation = await GateEvaluator.EvaluateAsync(gate, new InMemoryArtifactReader().Add("bomb.yaml", text));
        return evaluation.Failures.SingleOrDefault()?.Message;
    }
}
