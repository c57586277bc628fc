namespace Orchestrator.Contracts;

/// <summary>Event: the ESCALATE policy asks a person or team to look at a run.</summary>
/// <param name="RunId">The run.</param>
/// <param name="To">The escalation target from the definition, for example <c>human_reviewer</c>.</param>
/// <param name="Reason">Why, naming the role or gate.</param>
/// <param name="State">The workflow state when it was raised.</param>
public sealed record EscalationRaised(Guid RunId, string To, string Reason, string State);
