using System.Text.RegularExpressions;

namespace Orchestrator.Definitions;

/// <summary>
/// Finds the first verdict line of a report, such as <c>Verdict: APPROVED</c> (markdown
/// emphasis such as <c>**Verdict:** APPROVED</c> and a list bullet are allowed).
/// </summary>
internal static class VerdictReader
{
    /// <summary>The verdict in upper case, or null with the reason it could not be read.</summary>
    public static (string? Verdict, string? Problem) Read(string text, string label, IReadOnlyList<string> values)
    {
        var pattern = $@"^[ \t]*(?:[-*][ \t]+)?[*_]{{0,2}}{Regex.Escape(label)}[*_]{{0,2}}[ \t]*:[*_]{{0,2}}[ \t]*[*_]{{0,2}}(?<value>[A-Za-z_-]+)";
        var match = Regex.Match(text, pattern, RegexOptions.Multiline | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return (null, $"has no '{label}: {string.Join("|", values)}' line");
        }

        var value = match.Groups["value"].Value.ToUpperInvariant();
        return values.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? (value, null)
            : (null, $"has the verdict '{match.Groups["value"].Value}', which is not one of {string.Join(", ", values)}");
    }
}
