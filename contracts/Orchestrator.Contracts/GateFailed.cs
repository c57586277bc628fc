namespace Orchestrator.Contracts;

/// <summary>Event from the gate service: at least one rule of the gate failed.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Gate">The gate id.</param>
/// <param name="State">The workflow state the gate closes.</param>
/// <param name="Failures">Each failed rule, and whether it is a blocking condition.</param>
/// <param name="EvaluatedAt">When the gate was evaluated.</param>
public sealed record GateFailed(Guid RunId, string Gate, string State, IReadOnlyList<GateRuleFailure> Failures, DateTimeOffset EvaluatedAt);
