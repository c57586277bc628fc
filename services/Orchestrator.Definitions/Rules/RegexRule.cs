using System.Text.RegularExpressions;

namespace Orchestrator.Definitions;

/// <summary>
/// A regular expression must (or must not) match the artifact's text. <c>^</c> and <c>$</c>
/// match at line boundaries, since rules are mostly about lines of reports.
/// </summary>
public sealed record RegexRule(
    string Id,
    string? Description,
    SourceLocation Location,
    string Artifact,
    string Pattern,
    RegexMode Mode,
    bool IgnoreCase)
    : GateRule(Id, Description, Location)
{
    public override RuleKind Kind => RuleKind.Regex;

    public override IReadOnlyList<string> Artifacts => [Artifact];

    internal RegexOptions Options =>
        RegexOptions.Multiline | RegexOptions.CultureInvariant | (IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    internal override string? Check(ArtifactSet artifacts)
    {
        var text = artifacts.Text(Artifact);
        var match = Regex.Match(text, Pattern, Options, TimeSpan.FromSeconds(1));
        if (Mode == RegexMode.MustMatch)
        {
            return match.Success ? null : $"{Artifact} does not match /{Pattern}/";
        }

        if (!match.Success)
        {
            return null;
        }

        var line = text.AsSpan(0, match.Index).Count('\n') + 1;
        return $"{Artifact} must not match /{Pattern}/, but line {line} does: '{Excerpt(match.Value)}'";
    }

    private static string Excerpt(string value)
    {
        var oneLine = value.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= 80 ? oneLine : oneLine[..77] + "...";
    }
}
