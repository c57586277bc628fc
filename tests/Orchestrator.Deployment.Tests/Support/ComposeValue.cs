using System.Text.RegularExpressions;

namespace Orchestrator.Deployment.Tests.Support;

/// <summary>A compose value as it is when no variable is set in the environment: <c>${NAME:-default}</c> becomes its default.</summary>
public static partial class ComposeValue
{
    /// <summary>The value with every variable replaced by its default; null when a variable has none.</summary>
    public static string? WithDefaults(string value)
    {
        var unresolved = false;
        var resolved = Variable().Replace(value, match =>
        {
            if (match.Groups["default"].Success)
                return match.Groups["default"].Value;
            unresolved = true;
            return "";
        });
        return unresolved ? null : resolved.Replace("$$", "$");
    }

    [GeneratedRegex(@"\$\{(?<name>\w+)(?::?-(?<default>[^}]*))?\}")]
    private static partial Regex Variable();
}
