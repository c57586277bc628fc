using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Runs;

/// <summary>Builds run-history rows; each carries the hashes of the artifacts the run held at that moment.</summary>
public static class RunHistory
{
    public static RunHistoryEntry Transition(PipelineRun run, string? from, string to, string why, TimeProvider clock) =>
        Entry(run, "transition", from, to, why, clock);

    public static RunHistoryEntry Entry(PipelineRun run, string kind, string? from, string? to, string detail, TimeProvider clock) =>
        new()
        {
            RunId = run.CorrelationId,
            SagaVersion = run.Version + 1,
            At = clock.GetUtcNow(),
            Kind = kind,
            FromState = from,
            ToState = to,
            Detail = detail,
            ArtifactHashes = run.Progress.Artifacts.ToDictionary(a => a.Name, a => a.Sha256),
        };
}
