namespace Orchestrator.Definitions;

/// <summary>The decision of one gate: it passes when no rule failed.</summary>
public sealed record GateEvaluation(string Gate, bool Passed, IReadOnlyList<RuleOutcome> Failures)
{
    public bool AnyBlocking => Failures.Any(f => f.Blocking);
}
