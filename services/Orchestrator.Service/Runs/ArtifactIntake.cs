using Orchestrator.Contracts;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Runs;

/// <summary>
/// Decides whether an <see cref="ArtifactReady"/> belongs to the run: a task the run gave, to that role, for an
/// output the task expects. A duplicate (same name and hash) changes nothing, so redelivery never advances twice.
/// </summary>
public static class ArtifactIntake
{
    /// <summary>
    /// Null when accepted (or a harmless duplicate); otherwise why it was refused. <paramref name="problem"/> is
    /// what the caller found wrong with the publisher or the stored file, checked before the run's own rules.
    /// </summary>
    public static string? Accept(PipelineRun run, ArtifactReady artifact, RunEffects effects, TimeProvider clock, string? problem = null)
    {
        if (problem is not null)
            return Refuse(run, artifact, problem, effects, clock);
        if (!run.Progress.Tasks.TryGetValue(artifact.TaskId, out var task))
            return Refuse(run, artifact, $"task {artifact.TaskId} was never given by this run", effects, clock);
        if (!string.Equals(task.Role, artifact.Role, StringComparison.Ordinal))
            return Refuse(run, artifact, $"task {artifact.TaskId} was given to {task.Role}, not {artifact.Role}", effects, clock);
        if (!task.ExpectedOutputs.Contains(artifact.Name))
            return Refuse(run, artifact, $"{artifact.Name} is not an output of task {artifact.TaskId} ({string.Join(", ", task.ExpectedOutputs)})", effects, clock);

        var existing = run.Progress.Artifacts.FindIndex(a => a.Name == artifact.Name);
        if (existing >= 0 && run.Progress.Artifacts[existing].Sha256 == artifact.Sha256)
            return null;
        var stored = new ArtifactRef(artifact.Name, artifact.Role, artifact.Location, artifact.Sha256, artifact.Size);
        if (existing >= 0)
            run.Progress.Artifacts[existing] = stored;
        else
            run.Progress.Artifacts.Add(stored);
        run.Progress.ArtifactAttributes[artifact.Name] = new Dictionary<string, string>(artifact.Attributes ?? new Dictionary<string, string>());
        var entry = RunHistory.Entry(run, "artifact", run.WorkflowState, run.WorkflowState,
            $"{artifact.Role} produced {artifact.Name} ({artifact.Size} bytes)", clock);
        effects.History.Add(entry);
        effects.Changed = true;
        return null;
    }

    static string Refuse(PipelineRun run, ArtifactReady artifact, string reason, RunEffects effects, TimeProvider clock)
    {
        var message = $"refused {artifact.Name} from {artifact.Role}: {reason}";
        var entry = RunHistory.Entry(run, "refusal", run.WorkflowState, run.WorkflowState, message, clock);
        entry.ArtifactHashes = new Dictionary<string, string> { [artifact.Name] = artifact.Sha256 };
        effects.History.Add(entry);
        return message;
    }
}
