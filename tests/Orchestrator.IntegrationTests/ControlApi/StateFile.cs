using System.Text.Json;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.ControlApi;

/// <summary>workflow_state.json as a reader sees it, and its writer's readiness.</summary>
public static class StateFile
{
    /// <summary>Each run's status and saga version in the file (none when it does not exist yet).</summary>
    public static Dictionary<Guid, (string Status, int SagaVersion)> Runs(string path)
    {
        if (!File.Exists(path))
            return [];
        // The writer replaces the file by a rename, so a read sees one whole version.
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("runs").EnumerateObject().ToDictionary(
            run => Guid.Parse(run.Name),
            run => (run.Value.GetProperty("status").GetString()!, run.Value.GetProperty("sagaVersion").GetInt32()));
    }

    /// <summary>Ready is reported while the writer still subscribes (Degraded); snapshots published before that would be lost.</summary>
    public static async Task WaitUntilSubscribed(ServiceProcess writer)
    {
        using var health = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{writer.Port}") };
        await Eventually.True(async () => await health.GetStringAsync("/health/ready") == "Healthy",
            TimeSpan.FromSeconds(60), "the state writer to subscribe to its queue");
    }
}
