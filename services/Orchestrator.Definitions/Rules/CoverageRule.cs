using System.Text.RegularExpressions;

namespace Orchestrator.Definitions;

/// <summary>
/// Every id found at <paramref name="Path"/> in the source artifact (read as YAML, which JSON
/// also is) is mentioned in the target artifact's text as a whole token, so T-1 is not taken
/// as mentioned by T-10.
/// </summary>
public sealed record CoverageRule(
    string Id,
    string? Description,
    SourceLocation Location,
    string Source,
    string Path,
    string Target)
    : GateRule(Id, Description, Location)
{
    private const int MaxListed = 10;

    public override RuleKind Kind => RuleKind.Coverage;

    public override IReadOnlyList<string> Artifacts => [Source, Target];

    internal override string? Check(ArtifactSet artifacts)
    {
        var document = artifacts.Yaml(Source);
        if (document.Error is { } error)
        {
            return $"{Source} {error}";
        }

        var ids = DataPath.TryParse(Path, out _)!.Resolve(document.Root)
            .Select(m => (m.Node as DataScalar)?.Text)
            .OfType<string>()
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (ids.Count == 0)
        {
            return $"{Source} has no ids at {Path}, so coverage cannot be checked";
        }

        var text = artifacts.Text(Target);
        var missing = ids.Where(id => !Mentions(text, id)).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var listed = string.Join(", ", missing.Take(MaxListed)) + (missing.Count > MaxListed ? $" (and {missing.Count - MaxListed} more)" : "");
        return $"{Target} does not cover {missing.Count} of {ids.Count} ids from {Source} ({Path}): {listed}";
    }

    private static bool Mentions(string text, string id) =>
        Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(id)}(?![\w-])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
