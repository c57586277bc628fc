using Orchestrator.Artifacts;

namespace Orchestrator.RoleAdapter.Agents;

/// <summary>
/// Where an agent works on one task: the run's folder in the artifact store (its inputs), and a fresh private
/// folder for its outputs and the task file, removed when the task is done.
/// </summary>
public sealed class AgentWorkspace : IDisposable
{
    private readonly string _scratch;

    private AgentWorkspace(ArtifactStore store, string inputDirectory, string scratch)
    {
        Store = store;
        InputDirectory = inputDirectory;
        _scratch = scratch;
        OutputDirectory = Directory.CreateDirectory(Path.Combine(scratch, "out")).FullName;
        TaskFile = Path.Combine(scratch, "task.json");
    }

    public ArtifactStore Store { get; }

    /// <summary>The run's folder in the artifact store.</summary>
    public string InputDirectory { get; }

    /// <summary>An empty folder the agent writes its outputs into.</summary>
    public string OutputDirectory { get; }

    /// <summary>Where the task is written as JSON for agents that need it.</summary>
    public string TaskFile { get; }

    public static AgentWorkspace Create(ArtifactStore store, Guid runId) =>
        new(store, store.RunDirectory(runId), Directory.CreateTempSubdirectory("role-task-").FullName);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_scratch, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A killed program may leave files it cannot give up yet; the temp folder is cleaned by the system.
        }
    }
}
