namespace Orchestrator.Contracts;

/// <summary>Event: the run resumed from its last checkpoint.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Checkpoint">The workflow state it resumed from.</param>
public sealed record PipelineResumed(Guid RunId, string Checkpoint);
