namespace Orchestrator.Definitions.Tests;

public sealed class When_checking_text_and_size
{
    private static readonly SourceLocation Here = new("test", 1, 1);

    [Fact]
    public async Task Should_match_a_pattern_per_line_and_optionally_ignore_case()
    {
        var strict = new RegexRule("strict", null, Here, "notes.md", "^status: done$", RegexMode.MustMatch, IgnoreCase: false);
        var relaxed = new RegexRule("relaxed", null, Here, "notes.md", "^status: done$", RegexMode.MustMatch, IgnoreCase: true);

        var failures = await Evaluate([strict, relaxed], "notes.md", "# Notes\nStatus: DONE\nmore\n");

        Assert.Equal(["strict: notes.md does not match /^status: done$/"], failures);
    }

    [Fact]
    public async Task Should_bound_the_size_from_both_sides()
    {
        var rule = new SizeRule("bounded", null, Here, "blob", MinBytes: 2, MaxBytes: 4);

        Assert.Equal(["bounded: blob is 1 bytes, below the minimum of 2"], await Evaluate([rule], "blob", "x"));
        Assert.Empty(await Evaluate([rule], "blob", "xyz"));
        Assert.Equal(["bounded: blob is 5 bytes, above the maximum of 4"], await Evaluate([rule], "blob", "12345"));
    }

    [Fact]
    public async Task Should_read_text_without_its_byte_order_mark()
    {
        var rule = new MarkdownSectionsRule("sections", null, Here, "doc.md", ["Intro"]);
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("# Intro\n"u8.ToArray()).ToArray();
        var gate = new GateDefinition("g", null, ["doc.md"], [rule], [], null, Here);

        var evaluation = await GateEvaluator.EvaluateAsync(gate, new InMemoryArtifactReader().Add("doc.md", new ArtifactContent(bytes)));

        Assert.True(evaluation.Passed);
    }

    private static async Task<IReadOnlyList<string>> Evaluate(IReadOnlyList<GateRule> rules, string artifact, string text)
    {
        var gate = new GateDefinition("g", null, [artifact], rules, [], null, Here);
        var evaluation = await GateEvaluator.EvaluateAsync(gate, new InMemoryArtifactReader().Add(artifact, text));
        return evaluation.Failures.Select(f => $"{f.RuleId}: {f.Message}").ToList();
    }
}
