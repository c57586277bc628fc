namespace Orchestrator.Contracts;

/// <summary>Command: stop a run for good. A stopped run cannot be resumed.</summary>
/// <param name="RunId">The run to stop.</param>
/// <param name="Reason">Why the run is stopped.</param>
/// <param name="RequestedBy">Who asked.</param>
public sealed record StopPipeline(Guid RunId, string Reason, string RequestedBy);
