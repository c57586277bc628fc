namespace Orchestrator.Definitions;

/// <summary>
/// A named failure of one gate rule (for example the audit/verification conflict) that
/// follows its own policy instead of the gate's.
/// </summary>
public sealed record SpecialCaseDefinition(
    string Id,
    string? Description,
    string Gate,
    string Rule,
    string Policy,
    SourceLocation Location)
{
    internal FieldMarks Marks { get; init; } = FieldMarks.None;
}
