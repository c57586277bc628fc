namespace Orchestrator.Contracts;

/// <summary>Event: every state of the pipeline passed its gate.</summary>
/// <param name="RunId">The run.</param>
/// <param name="CompletedAt">When it completed.</param>
public sealed record PipelineCompleted(Guid RunId, DateTimeOffset CompletedAt);
