namespace Orchestrator.Contracts;

/// <summary>Event: the run was stopped for good.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Reason">Why it stopped.</param>
/// <param name="State">The workflow state it stopped in.</param>
public sealed record PipelineStopped(Guid RunId, string Reason, string State);
