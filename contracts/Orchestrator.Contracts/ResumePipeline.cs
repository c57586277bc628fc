namespace Orchestrator.Contracts;

/// <summary>Command (trigger <c>/resume</c>): continue a paused, halted or blocked run from its last checkpoint.</summary>
/// <param name="RunId">The run to resume.</param>
/// <param name="RequestedBy">Who asked.</param>
public sealed record ResumePipeline(Guid RunId, string RequestedBy);
