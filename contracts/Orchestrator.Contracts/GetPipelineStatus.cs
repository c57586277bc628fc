namespace Orchestrator.Contracts;

/// <summary>Request (trigger <c>/status</c>): the current snapshot of a run. Answered with <see cref="PipelineStatus"/>.</summary>
/// <param name="RunId">The run asked about.</param>
public sealed record GetPipelineStatus(Guid RunId);
