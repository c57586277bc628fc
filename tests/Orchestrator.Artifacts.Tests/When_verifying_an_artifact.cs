using System.Text;
using Orchestrator.Artifacts;
using Xunit;

namespace Orchestrator.Artifacts.Tests;

public sealed class When_verifying_an_artifact : IDisposable
{
    private static readonly Guid RunId = Guid.NewGuid();
    private readonly TempStore _temp = new();

    [Fact]
    public async Task Should_match_an_untouched_artifact()
    {
        var stored = await _temp.Store.WriteAsync(RunId, "Validation_Report.md", Encoding.UTF8.GetBytes("Verdict: APPROVED\n"));

        var result = await _temp.Store.VerifyAsync(stored.Location, stored.Sha256.ToUpperInvariant());

        Assert.Equal(new ArtifactVerification(stored.Location, true, stored.Sha256, stored.Size, true), result);
    }

    [Fact]
    public async Task Should_detect_tampering()
    {
        var stored = await _temp.Store.WriteAsync(RunId, "Validation_Report.md", Encoding.UTF8.GetBytes("Verdict: APPROVED\n"));
        await File.WriteAllTextAsync(_temp.Store.ResolveSafe(stored.Location), "Verdict: REJECTED\n");

        var result = await _temp.Store.VerifyAsync(stored.Location, stored.Sha256);

        Assert.False(result.Matches);
        Assert.True(result.Exists);
        Assert.NotEqual(stored.Sha256, result.ActualSha256);
        Assert.Equal(18, result.Size);
    }

    [Fact]
    public async Task Should_report_a_missing_artifact()
    {
        var location = ArtifactStore.LocationOf(RunId, "missing.md");

        var result = await _temp.Store.VerifyAsync(location, "00");

        Assert.Equal(new ArtifactVerification(location, false, null, 0, false), result);
    }

    public void Dispose() => _temp.Dispose();
}
