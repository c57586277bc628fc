using System.Text.Json;

namespace Orchestrator.IntegrationTests.ControlApi;

/// <summary>workflow_state.json as a reader sees it: each run's status and saga version.</summary>
public static class StateFile
{
    /// <summary>The runs in the file (none when it does not exist yet).</summary>
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
}
