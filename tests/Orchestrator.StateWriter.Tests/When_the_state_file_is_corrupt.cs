using Microsoft.Extensions.Logging.Abstractions;
using Orchestrator.StateWriter.Tests.Support;

namespace Orchestrator.StateWriter.Tests;

public sealed class When_the_state_file_is_corrupt : IDisposable
{
    readonly TempFolder folder = new();

    [Theory]
    [InlineData("{ \"version\": 3, \"updatedAt\": \"2025-01-01T00:00:00Z\", \"runs\": {")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{ \"version\": 3, \"updatedAt\": \"2025-01-01T00:00:00Z\" }")]
    [InlineData("{ \"version\": 3, \"updatedAt\": \"2025-01-01T00:00:00Z\", \"runs\": { \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\": { \"runId\": \"3f2504e0-4f89-11d3-9a0c-0305e82c3301\" } } }")]
    public void Should_move_it_aside_and_start_empty(string content)
    {
        File.WriteAllText(folder.StatePath, content);

        var document = StateFileLoader.Load(folder.StatePath, NullLogger.Instance);

        Assert.Empty(document.Runs);
        Assert.Equal(0, document.Version);
        var aside = Assert.Single(folder.Files());
        Assert.StartsWith("workflow_state.json.corrupt-", aside, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(Path.Combine(folder.Path, aside)));
    }

    [Fact]
    public void Should_start_empty_without_moving_anything_when_the_file_is_missing()
    {
        var document = StateFileLoader.Load(folder.StatePath, NullLogger.Instance);

        Assert.Empty(document.Runs);
        Assert.Empty(folder.Files());
    }

    [Fact]
    public void Should_keep_a_valid_file_in_place()
    {
        File.WriteAllText(folder.StatePath, """{ "version": 9, "updatedAt": "2025-01-01T00:00:00Z", "runs": {} }""");

        var document = StateFileLoader.Load(folder.StatePath, NullLogger.Instance);

        Assert.Equal(9, document.Version);
        Assert.Equal(["workflow_state.json"], folder.Files());
    }

    public void Dispose() => folder.Dispose();
}
