namespace Orchestrator.Definitions;

/// <summary>
/// A workflow state. A work state dispatches its steps in order (a parallel step's roles
/// together) and its support roles on entry, waits for <see cref="ExpectedOutputs"/>, then
/// asks its gate; on a pass the run moves to <paramref name="Next"/>, or completes when the
/// state is final.
/// </summary>
public sealed record StateDefinition(
    string Id,
    string? Description,
    StateKind Kind,
    bool Final,
    IReadOnlyList<string> Transitions,
    IReadOnlyList<StepDefinition> Steps,
    IReadOnlyList<RoleAssignment> Support,
    string? Gate,
    string? Next,
    SourceLocation Location)
{
    internal FieldMarks Marks { get; init; } = FieldMarks.None;

    /// <summary>Every role assignment of the state: main steps first, then support roles.</summary>
    public IEnumerable<RoleAssignment> ActiveRoles => Steps.SelectMany(s => s.Roles).Concat(Support);

    /// <summary>The outputs the state waits for before it asks its gate (support roles only when they hold it).</summary>
    public IReadOnlyList<string> ExpectedOutputs =>
        ActiveRoles.Where(r => r.HoldsGate).SelectMany(r => r.Outputs).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The roles to dispatch on entering the state: the first step and every support role.</summary>
    public IReadOnlyList<RoleAssignment> DispatchOnEntry =>
        Steps.Take(1).SelectMany(s => s.Roles).Concat(Support).ToList();
}
