namespace Orchestrator.Definitions;

/// <summary>
/// A role active in a state and the outputs it is expected to deliver there.
/// <paramref name="HoldsGate"/> is always true for main steps; support roles hold the gate
/// only when the state says so.
/// </summary>
public sealed record RoleAssignment(
    string Role,
    IReadOnlyList<string> Outputs,
    bool HoldsGate,
    SourceLocation Location)
{
    internal FieldMarks Marks { get; init; } = FieldMarks.None;
}
