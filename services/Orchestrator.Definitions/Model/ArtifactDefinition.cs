namespace Orchestrator.Definitions;

/// <summary>An artifact of the catalogue; its name is the name roles publish it under.</summary>
public sealed record ArtifactDefinition(
    string Name,
    ArtifactFormat Format,
    string? Description,
    SourceLocation Location)
{
    internal FieldMarks Marks { get; init; } = FieldMarks.None;
}
