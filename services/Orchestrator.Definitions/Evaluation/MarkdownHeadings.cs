using System.Text.RegularExpressions;

namespace Orchestrator.Definitions;

/// <summary>Reads the ATX headings (<c># Title</c>) of a markdown text, outside fenced code blocks.</summary>
internal static partial class MarkdownHeadings
{
    public static IReadOnlyList<string> Read(string markdown)
    {
        var headings = new List<string>();
        string? fence = null;
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                var marker = trimmed[..3];
                fence = fence is null ? marker : fence == marker ? null : fence;
                continue;
            }

            if (fence is null && Heading().Match(line) is { Success: true } match)
            {
                headings.Add(match.Groups["text"].Value.Trim());
            }
        }

        return headings;
    }

    public static bool Matches(string heading, string section) =>
        string.Equals(Normalize(heading), Normalize(section), StringComparison.OrdinalIgnoreCase);

    // "## 2. Risks:" still counts as the section "Risks": authors number and punctuate headings.
    private static string Normalize(string text) => LeadingNumber().Replace(text.Trim(), "").TrimEnd(':', ' ');

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]+(?<text>.*?)[ \t]*#*[ \t]*\r?$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\d+(\.\d+)*\.?\s+")]
    private static partial Regex LeadingNumber();
}
