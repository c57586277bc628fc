namespace Orchestrator.Contracts;

/// <summary>Event: the run was halted (by HALT or a HALT_PIPELINE policy); RESUME continues it from its last checkpoint.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Reason">Why it halted.</param>
/// <param name="State">The workflow state it halted in.</param>
public sealed record PipelineHalted(Guid RunId, string Reason, string State);
