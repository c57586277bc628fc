namespace Orchestrator.Definitions;

/// <summary>
/// A role agent. Support roles run beside the main line and do not hold a gate
/// unless a state says so.
/// </summary>
public sealed record RoleDefinition(
    string Id,
    string? Description,
    bool Support,
    IReadOnlyList<string> Consumes,
    IReadOnlyList<string> Produces,
    SourceLocation Location)
{
    internal FieldMarks Marks { get; init; } = FieldMarks.None;
}
