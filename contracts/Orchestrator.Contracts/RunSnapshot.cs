namespace Orchestrator.Contracts;

/// <summary>Everything an operator needs to know about a run at one saga version.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Status">Control status: running, paused, halted, blocked, stopped, completed.</param>
/// <param name="State">The workflow state, for example <c>TESTING</c>.</param>
/// <param name="PreviousState">The workflow state before the last transition, or null.</param>
/// <param name="ActiveRoles">Roles with a task in flight.</param>
/// <param name="CompletedRoles">Roles whose work in the run is done.</param>
/// <param name="Artifacts">Every accepted artifact, with its hash.</param>
/// <param name="Gates">The latest result of every gate evaluated.</param>
/// <param name="Checkpoint">The last workflow state whose gate passed; RESUME continues after it.</param>
/// <param name="Attempts">Attempts so far by role.</param>
/// <param name="LastError">The last error, or null.</param>
/// <param name="Version">The saga version; a larger version is a newer snapshot.</param>
/// <param name="DefinitionHash">Hash of the pinned definition.</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="UpdatedAt">When this snapshot was taken.</param>
public sealed record RunSnapshot(
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
    int Version,
    string DefinitionHash,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt);
