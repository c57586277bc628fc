namespace Orchestrator.Definitions;

/// <summary>
/// A failed rule. <paramref name="RuleId"/> is the rule's id, or <c>required_input</c> when a
/// required input is missing. Blocking failures come from <c>blocking_conditions</c>.
/// </summary>
public sealed record RuleOutcome(string RuleId, string Message, bool Blocking);
