using System.Globalization;
using System.Text.RegularExpressions;

namespace Orchestrator.Definitions;

/// <summary>Durations are written as a whole number and one unit: 500ms, 30s, 5m, 2h, 1d.</summary>
internal static partial class DurationText
{
    public const string Format = "a whole number and a unit (ms, s, m, h, d), such as 30s or 5m";

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        var match = Pattern().Match(text);
        if (!match.Success || !long.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        value = match.Groups["unit"].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(n),
            "s" => TimeSpan.FromSeconds(n),
            "m" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            _ => TimeSpan.FromDays(n),
        };
        return true;
    }

    [GeneratedRegex(@"^(?<n>\d{1,9})(?<unit>ms|s|m|h|d)$")]
    private static partial Regex Pattern();
}
