using System.Text;
using Orchestrator.Artifacts;
using Xunit;

namespace Orchestrator.Artifacts.Tests;

public sealed class When_a_symlink_leads_outside_the_root : IDisposable
{
    private static readonly Guid RunId = Guid.Parse("9b2f6c1e-8a44-4f3e-9d7e-2c6b1f0a5e11");
    private readonly TempStore _temp = new();

    [Fact]
    public async Task Should_refuse_to_read_through_a_linked_file()
    {
        var secret = Path.Combine(_temp.Outside, "secret");
        await File.WriteAllTextAsync(secret, "secret");
        var runDirectory = Directory.CreateDirectory(_temp.Store.RunDirectory(RunId)).FullName;
        File.CreateSymbolicLink(Path.Combine(runDirectory, "test_results.json"), secret);
        var location = ArtifactStore.LocationOf(RunId, "test_results.json");

        var error = await Assert.ThrowsAsync<ArtifactPathException>(() => _temp.Store.ReadAllBytesAsync(location));

        Assert.Contains($"'{location}'", error.Message);
        Assert.Contains("symbolic link", error.Message);
    }

    [Fact]
    public async Task Should_refuse_to_write_through_a_linked_file()
    {
        var victim = Path.Combine(_temp.Outside, "victim");
        await File.WriteAllTextAsync(victim, "original");
        var runDirectory = Directory.CreateDirectory(_temp.Store.RunDirectory(RunId)).FullName;
        File.CreateSymbolicLink(Path.Combine(runDirectory, "source_code"), victim);

        await Assert.ThrowsAsync<ArtifactPathException>(
            () => _temp.Store.WriteAsync(RunId, "source_code", Encoding.UTF8.GetBytes("overwritten")));

        Assert.Equal("original", await File.ReadAllTextAsync(victim));
    }

    [Fact]
    public async Task Should_refuse_a_linked_parent_folder()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Root, "runs"));
        Directory.CreateSymbolicLink(Path.Combine(_temp.Root, ArtifactStore.RunLocation(RunId)), _temp.Outside);

        var error = await Assert.ThrowsAsync<ArtifactPathException>(
            () => _temp.Store.WriteAsync(RunId, "product_backlog.yaml", Encoding.UTF8.GetBytes("items: []")));

        Assert.Contains("symbolic link", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Outside));
    }

    [Fact]
    public void Should_refuse_a_dangling_link_that_points_outside()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Root, "runs"));
        Directory.CreateSymbolicLink(Path.Combine(_temp.Root, "runs", "dangling"), Path.Combine(_temp.Outside, "not-yet"));

        Assert.Throws<ArtifactPathException>(() => _temp.Store.ResolveSafe("runs/dangling/x"));
    }

    [Fact]
    public async Task Should_allow_a_link_that_stays_inside_the_root()
    {
        var stored = await _temp.Store.WriteAsync(RunId, "documentation.md", Encoding.UTF8.GetBytes("docs"));
        Directory.CreateSymbolicLink(Path.Combine(_temp.Root, "latest"), _temp.Store.RunDirectory(RunId));

        var content = await _temp.Store.ReadAllBytesAsync("latest/documentation.md");

        Assert.Equal("docs", Encoding.UTF8.GetString(content));
        Assert.Equal("runs/9b2f6c1e8a444f3e9d7e2c6b1f0a5e11/documentation.md", stored.Location);
    }

    [Fact]
    public async Task Should_allow_a_root_that_is_itself_a_link()
    {
        var linkedRoot = Path.Combine(_temp.Base, "linked-root");
        Directory.CreateSymbolicLink(linkedRoot, _temp.Root);
        var store = new ArtifactStore(new ArtifactStoreOptions { Root = linkedRoot });

        var stored = await store.WriteAsync(RunId, "analysis_report.md", Encoding.UTF8.GetBytes("analysis"));

        Assert.True(File.Exists(Path.Combine(_temp.Root, "runs", "9b2f6c1e8a444f3e9d7e2c6b1f0a5e11", "analysis_report.md")));
        Assert.Equal("analysis", Encoding.UTF8.GetString(await store.ReadAllBytesAsync(stored.Location)));
    }

    public void Dispose() => _temp.Dispose();
}
