namespace Orchestrator.Contracts;

/// <summary>The latest outcome of one gate in a run.</summary>
/// <param name="Gate">The gate id.</param>
/// <param name="Passed">True when every rule held.</param>
/// <param name="Failures">The failed rules; empty when passed.</param>
/// <param name="EvaluatedAt">When it was evaluated.</param>
public sealed record GateResult(string Gate, bool Passed, IReadOnlyList<GateRuleFailure> Failures, DateTimeOffset EvaluatedAt);
