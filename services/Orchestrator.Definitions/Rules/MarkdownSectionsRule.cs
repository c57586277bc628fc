namespace Orchestrator.Definitions;

/// <summary>Every listed section is a heading of the markdown artifact (any level, case-insensitive).</summary>
public sealed record MarkdownSectionsRule(
    string Id,
    string? Description,
    SourceLocation Location,
    string Artifact,
    IReadOnlyList<string> Sections)
    : GateRule(Id, Description, Location)
{
    public override RuleKind Kind => RuleKind.MarkdownSections;

    public override IReadOnlyList<string> Artifacts => [Artifact];

    internal override string? Check(ArtifactSet artifacts)
    {
        var headings = MarkdownHeadings.Read(artifacts.Text(Artifact));
        var missing = Sections.Where(s => !headings.Any(h => MarkdownHeadings.Matches(h, s))).ToList();
        return missing.Count == 0
            ? null
            : $"{Artifact} is missing the section{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing.Select(s => $"'{s}'"))}";
    }
}
