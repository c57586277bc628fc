namespace Orchestrator.Contracts;

/// <summary>One failed rule of a gate.</summary>
/// <param name="Rule">The rule id from the gate file.</param>
/// <param name="Message">What was wrong, naming the artifact.</param>
/// <param name="Blocking">True when the rule is a blocking condition of the gate.</param>
public sealed record GateRuleFailure(string Rule, string Message, bool Blocking);
