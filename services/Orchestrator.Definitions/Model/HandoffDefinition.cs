namespace Orchestrator.Definitions;

/// <summary>
/// A handoff from a role (in a state) to the roles of a target state. The target roles are
/// not dispatched until every condition in <paramref name="When"/> holds for the run.
/// </summary>
public sealed record HandoffDefinition(
    string Id,
    HandoffMode Mode,
    string FromState,
    string? FromRole,
    string ToState,
    IReadOnlyList<string> ToRoles,
    IReadOnlyList<ArtifactCondition> When,
    SourceLocation Location)
{
    internal FieldMarks Marks { get; init; } = FieldMarks.None;
}
