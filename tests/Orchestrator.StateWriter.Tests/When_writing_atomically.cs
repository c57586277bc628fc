using System.Text;
using System.Text.Json;
using Orchestrator.StateWriter.Tests.Support;

namespace Orchestrator.StateWriter.Tests;

public sealed class When_writing_atomically : IDisposable
{
    const int Writes = 300;
    readonly TempFolder folder = new();

    [Fact]
    public async Task Should_leave_only_the_target_file()
    {
        await AtomicFileWriter.WriteAsync(folder.StatePath, Content(1));
        await AtomicFileWriter.WriteAsync(folder.StatePath, Content(2));

        Assert.Equal(["workflow_state.json"], folder.Files());
        Assert.Equal(2, VersionIn(File.ReadAllBytes(folder.StatePath)));
    }

    [Fact]
    public async Task Should_never_show_a_reader_a_torn_or_older_file()
    {
        await AtomicFileWriter.WriteAsync(folder.StatePath, Content(0));
        using var writing = new CancellationTokenSource();
        var reader = Task.Run(() => ReadUntilCancelled(writing.Token));

        for (var version = 1; version <= Writes; version++)
            await AtomicFileWriter.WriteAsync(folder.StatePath, Content(version));
        await writing.CancelAsync();
        var (reads, lastSeen) = await reader;

        Assert.True(reads > 0, "the reader never ran");
        Assert.Equal(Writes, lastSeen);
        Assert.Equal(["workflow_state.json"], folder.Files());
    }

    [Fact]
    public async Task Should_remove_temp_files_left_by_a_crash()
    {
        await AtomicFileWriter.WriteAsync(folder.StatePath, Content(1));
        var leftover = folder.StatePath + ".0123456789abcdef0123456789abcdef.tmp";
        File.WriteAllText(leftover, "{ \"version\": 2, \"runs\": {");
        File.WriteAllText(Path.Combine(folder.Path, "unrelated.tmp"), "not ours");

        var removed = AtomicFileWriter.RemoveLeftovers(folder.StatePath);

        Assert.Equal([leftover], removed);
        Assert.Equal(["unrelated.tmp", "workflow_state.json"], folder.Files().Order());
    }

    public void Dispose() => folder.Dispose();

    /// <summary>Reads as fast as it can; each read must parse and never show a version older than the one before.</summary>
    (int Reads, long LastSeen) ReadUntilCancelled(CancellationToken writing)
    {
        var (reads, lastSeen) = (0, 0L);
        // The final read runs after the writer finished, so it must see the last version.
        for (var finalRead = false; !finalRead; reads++)
        {
            finalRead = writing.IsCancellationRequested;
            var version = VersionIn(File.ReadAllBytes(folder.StatePath));
            Assert.True(version >= lastSeen, $"read version {version} after {lastSeen}");
            lastSeen = version;
        }
        return (reads, lastSeen);
    }

    /// <summary>Sizes vary from write to write, so a reader catching a file mid-write would find broken JSON.</summary>
    static byte[] Content(int version)
    {
        var padding = new string('x', 1000 + version * 37 % 5000);
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { version, padding, end = version }));
    }

    static long VersionIn(byte[] bytes)
    {
        using var json = JsonDocument.Parse(bytes);
        var version = json.RootElement.GetProperty("version").GetInt64();
        Assert.Equal(version, json.RootElement.GetProperty("end").GetInt64());
        return version;
    }
}
