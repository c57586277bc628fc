using System.Text;
using Orchestrator.Artifacts;
using Xunit;

namespace Orchestrator.Artifacts.Tests;

public sealed class When_a_location_escapes_the_root : IDisposable
{
    private readonly TempStore _temp = new();

    [Theory]
    [InlineData("../x", "'..' segment")]
    [InlineData("/etc/passwd", "absolute path")]
    [InlineData("a/../../x", "'..' segment")]
    [InlineData("runs/../../outside/secret", "'..' segment")]
    [InlineData("runs\\x", "backslash")]
    [InlineData("runs/a\0b", "NUL")]
    [InlineData("runs//x", "empty or '.' segment")]
    [InlineData("./x", "empty or '.' segment")]
    [InlineData("", "empty")]
    public void Should_refuse_it_naming_the_location_and_the_reason(string location, string reason)
    {
        var error = Assert.Throws<ArtifactPathException>(() => _temp.Store.ResolveSafe(location));

        Assert.Contains($"'{location}'", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public async Task Should_not_read_a_file_outside_the_root()
    {
        await File.WriteAllTextAsync(Path.Combine(_temp.Outside, "secret"), "secret");

        await Assert.ThrowsAsync<ArtifactPathException>(() => _temp.Store.ReadAllBytesAsync("../outside/secret"));
        Assert.Throws<ArtifactPathException>(() => _temp.Store.OpenRead("../outside/secret"));
    }

    [Fact]
    public void Should_resolve_a_well_formed_location_inside_the_root()
    {
        var path = _temp.Store.ResolveSafe("runs/abc/test_results.json");

        Assert.Equal(Path.Combine(_temp.Root, "runs", "abc", "test_results.json"), path);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("a\\b")]
    [InlineData(" ")]
    public async Task Should_refuse_an_artifact_name_that_is_not_a_single_file_name(string name)
    {
        var error = await Assert.ThrowsAsync<ArtifactPathException>(
            () => _temp.Store.WriteAsync(Guid.NewGuid(), name, Encoding.UTF8.GetBytes("x")));

        Assert.Contains($"Artifact name '{name}' is refused", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Root));
    }

    public void Dispose() => _temp.Dispose();
}
