namespace Orchestrator.Contracts;

/// <summary>Event: a run was accepted and its definition pinned.</summary>
/// <param name="RunId">The run.</param>
/// <param name="DefinitionHash">Hash of the pinned pipeline and gate definitions.</param>
/// <param name="StartedAt">When the run started.</param>
public sealed record PipelineStarted(Guid RunId, string DefinitionHash, DateTimeOffset StartedAt);
