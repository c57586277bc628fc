using System.Security.Cryptography;
using System.Text;
using Orchestrator.Artifacts;
using Xunit;

namespace Orchestrator.Artifacts.Tests;

public sealed class When_writing_an_artifact : IDisposable
{
    private static readonly Guid RunId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private readonly TempStore _temp = new();

    [Fact]
    public async Task Should_store_the_content_under_the_run_folder()
    {
        var content = Encoding.UTF8.GetBytes("# Technical plan\n");

        var stored = await _temp.Store.WriteAsync(RunId, "technical_plan.md", content);

        Assert.Equal("technical_plan.md", stored.Name);
        Assert.Equal("runs/0f8fad5bd9cb469fa16570867728950e/technical_plan.md", stored.Location);
        var path = Path.Combine(_temp.Root, "runs", "0f8fad5bd9cb469fa16570867728950e", "technical_plan.md");
        Assert.Equal(content, await File.ReadAllBytesAsync(path));
        Assert.Equal(content, await _temp.Store.ReadAllBytesAsync(stored.Location));
    }

    [Fact]
    public async Task Should_report_the_sha256_and_size_of_the_content()
    {
        var content = Encoding.UTF8.GetBytes("{\"status\":\"PASS\",\"total\":12,\"passed\":12,\"failed\":0}");

        var stored = await _temp.Store.WriteAsync(RunId, "test_results.json", content);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.Equal(content.Length, stored.Size);
    }

    [Fact]
    public async Task Should_hash_a_stream_like_the_same_bytes()
    {
        var content = new byte[200_000];
        new Random(7).NextBytes(content);
        using var stream = new MemoryStream(content);

        var stored = await _temp.Store.WriteAsync(RunId, "source_code", stream);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.Equal(200_000, stored.Size);
        Assert.Equal(content, await _temp.Store.ReadAllBytesAsync(stored.Location));
    }

    [Fact]
    public async Task Should_leave_no_temporary_file_behind()
    {
        await _temp.Store.WriteAsync(RunId, "documentation.md", Encoding.UTF8.GetBytes("docs"));

        var files = Directory.GetFiles(_temp.Store.RunDirectory(RunId)).Select(Path.GetFileName);
        Assert.Equal(["documentation.md"], files);
    }

    [Fact]
    public async Task Should_store_an_empty_artifact()
    {
        var stored = await _temp.Store.WriteAsync(RunId, "empty.txt", ReadOnlyMemory<byte>.Empty);

        Assert.Equal(0, stored.Size);
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", stored.Sha256);
    }

    public void Dispose() => _temp.Dispose();
}
