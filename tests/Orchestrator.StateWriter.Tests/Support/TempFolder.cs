namespace Orchestrator.StateWriter.Tests.Support;

/// <summary>A folder of its own per test, so tests never share a state file or a lock.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("state-writer-tests-").FullName;

    public string StatePath => System.IO.Path.Combine(Path, "workflow_state.json");

    public string LockPath => StatePath + ".lock";

    public string[] Files() => Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).ToArray()!;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
