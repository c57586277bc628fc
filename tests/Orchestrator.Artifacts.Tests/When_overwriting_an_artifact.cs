using System.Security.Cryptography;
using System.Text;
using Orchestrator.Artifacts;
using Xunit;

namespace Orchestrator.Artifacts.Tests;

public sealed class When_overwriting_an_artifact : IDisposable
{
    private static readonly Guid RunId = Guid.NewGuid();
    private readonly TempStore _temp = new();

    [Fact]
    public async Task Should_replace_the_content_and_report_the_new_hash()
    {
        var first = await _temp.Store.WriteAsync(RunId, "deployment_config", Encoding.UTF8.GetBytes("replicas: 1\nmore: text\n"));
        var second = Encoding.UTF8.GetBytes("replicas: 2\n");

        var stored = await _temp.Store.WriteAsync(RunId, "deployment_config", second);

        Assert.Equal(first.Location, stored.Location);
        Assert.NotEqual(first.Sha256, stored.Sha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(second)), stored.Sha256);
        Assert.Equal(second.Length, stored.Size);
        Assert.Equal(second, await _temp.Store.ReadAllBytesAsync(stored.Location));
    }

    [Fact]
    public async Task Should_give_the_same_result_for_the_same_content()
    {
        var content = Encoding.UTF8.GetBytes("Verdict: APPROVED\n");

        var first = await _temp.Store.WriteAsync(RunId, "Summary_Report.md", content);
        var second = await _temp.Store.WriteAsync(RunId, "Summary_Report.md", content);

        Assert.Equal(first, second);
    }

    public void Dispose() => _temp.Dispose();
}
