namespace Orchestrator.Contracts;

/// <summary>Response to <see cref="GetPipelineStatus"/>.</summary>
/// <param name="RunId">The run asked about.</param>
/// <param name="Found">False when no run has this id.</param>
/// <param name="Snapshot">The run's snapshot, or null when not found.</param>
public sealed record PipelineStatus(Guid RunId, bool Found, RunSnapshot? Snapshot);
