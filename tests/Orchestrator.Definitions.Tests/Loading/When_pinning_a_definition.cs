namespace Orchestrator.Definitions.Tests;

public sealed class When_pinning_a_definition
{
    [Fact]
    public void Should_load_the_same_definition_from_its_stored_sources()
    {
        var fromDisk = Repository.ShippedDefinition;

        var reloaded = DefinitionLoader.LoadFromSources(fromDisk.Sources);

        Assert.Equal(fromDisk.Hash, reloaded.Hash);
        Assert.Equal(fromDisk.States.Select(s => s.Id), reloaded.States.Select(s => s.Id));
        Assert.Equal(fromDisk.Gates.Select(g => g.Id), reloaded.Gates.Select(g => g.Id));
    }

    [Fact]
    public void Should_hash_the_same_files_the_same_way_whatever_their_order()
    {
        var sources = Repository.ShippedSources();
        var reversed = sources.Reverse().ToDictionary();

        Assert.Equal(DefinitionHash.Compute(sources), DefinitionHash.Compute(reversed));
        Assert.Matches("^[0-9a-f]{64}$", DefinitionHash.Compute(sources));
    }

    [Fact]
    public void Should_change_the_hash_when_a_file_changes()
    {
        var sources = Repository.ShippedSources();
        var before = DefinitionHash.Compute(sources);

        sources["quality_assurance.yaml"] += "\n# a comment changes the pinned definition too\n";

        Assert.NotEqual(before, DefinitionHash.Compute(sources));
    }

    [Fact]
    public void Should_change_the_hash_when_text_moves_between_name_and_content()
    {
        var one = new Dictionary<string, string> { ["a.yaml"] = "bc" };
        var other = new Dictionary<string, string> { ["a.yamlb"] = "c" };

        Assert.NotEqual(DefinitionHash.Compute(one), DefinitionHash.Compute(other));
    }

    [Fact]
    public void Should_report_the_hash_even_when_the_definition_has_problems()
    {
        var result = MiniDefinition.Load(gate: "gate: [");

        Assert.False(result.Succeeded);
        Assert.Equal(DefinitionHash.Compute(result.Sources), result.Hash);
        Assert.Throws<DefinitionException>(result.GetDefinitionOrThrow);
    }
}
