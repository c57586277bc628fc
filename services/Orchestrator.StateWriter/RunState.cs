using Orchestrator.Contracts;

namespace Orchestrator.StateWriter;

/// <summary>One run as written in <c>workflow_state.json</c>: the latest snapshot, with the saga version named for what it is.</summary>
internal sealed record RunState(
    Guid RunId,
    string Status,
    string State,
    string? PreviousState,
    IReadOnlyList<string> ActiveRoles,
    IReadOnlyList<string> CompletedRoles,
    IReadOnlyList<ArtifactRef> Artifacts,
    IReadOnlyList<GateResult> Gates,
    string? Checkpoint,
    IReadOnlyDictionary<string, int> Attempts,
    string? LastError,
    int SagaVersion,
    string DefinitionHash,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt)
{
    public static RunState From(RunSnapshot snapshot) => new(
        snapshot.RunId,
        snapshot.Status,
        snapshot.State,
        snapshot.PreviousState,
        snapshot.ActiveRoles,
        snapshot.CompletedRoles,
        snapshot.Artifacts,
        snapshot.Gates,
        snapshot.Checkpoint,
        snapshot.Attempts,
        snapshot.LastError,
        snapshot.Version,
        snapshot.DefinitionHash,
        snapshot.StartedAt,
        snapshot.UpdatedAt);
}
