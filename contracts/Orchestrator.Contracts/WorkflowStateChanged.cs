namespace Orchestrator.Contracts;

/// <summary>Event: a run changed; carries the whole snapshot so the state writer never needs to merge.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Snapshot">The run after the change; <see cref="RunSnapshot.Version"/> orders snapshots.</param>
public sealed record WorkflowStateChanged(Guid RunId, RunSnapshot Snapshot);
