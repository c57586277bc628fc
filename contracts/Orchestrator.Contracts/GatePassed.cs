namespace Orchestrator.Contracts;

/// <summary>Event from the gate service: every rule of the gate held.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Gate">The gate id.</param>
/// <param name="State">The workflow state the gate closes.</param>
/// <param name="EvaluatedAt">When the gate was evaluated.</param>
public sealed record GatePassed(Guid RunId, string Gate, string State, DateTimeOffset EvaluatedAt);
