namespace Orchestrator.Definitions;

/// <summary>
/// What happens when a role task or a gate fails. <paramref name="MaxAttempts"/> counts every
/// attempt, the first included. <paramref name="RetryState"/> and <paramref name="Redispatch"/>
/// apply to gate failures: re-enter that state (default: the gate's own) and re-dispatch those
/// roles (default: all of the state's roles). A failed role task is always retried by
/// re-dispatching that role.
/// </summary>
public sealed record ErrorPolicy(
    string Id,
    PolicyAction Action,
    int? MaxAttempts,
    BackoffDefinition? Backoff,
    TimeSpan? Deadline,
    string? EscalationTarget,
    TimeSpan? EscalationTimeout,
    string? RetryState,
    IReadOnlyList<string> Redispatch,
    string? OnExhausted,
    SourceLocation Location)
{
    internal FieldMarks Marks { get; init; } = FieldMarks.None;
}
