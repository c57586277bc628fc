using Orchestrator.Contracts;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Saga;

public static class Snapshots
{
    public static RunSnapshot Of(PipelineRun run) => new(
        run.CorrelationId,
        (run.CurrentState ?? "Initial").ToLowerInvariant(),
        run.WorkflowState,
        run.PreviousWorkflowState,
        run.Progress.ActiveRoles.ToList(),
        run.Progress.CompletedRoles.ToList(),
        run.Progress.Artifacts.ToList(),
        run.Progress.Gates.ToList(),
        run.Checkpoint,
        new Dictionary<string, int>(run.Progress.Attempts),
        run.LastError,
        run.Version,
        run.DefinitionHash,
        run.StartedAt,
        run.UpdatedAt);
}
