using System.Text.RegularExpressions;

namespace Orchestrator.Definitions;

/// <summary>The rule kinds whose parameters need checking beyond their types.</summary>
internal static class RuleFieldChecks
{
    public static RegexRule Regex(MappingReader r, string id, string? description)
    {
        var artifact = r.RequiredString("artifact");
        var pattern = r.RequiredString("pattern");
        var mode = r.Enum("mode", YamlNames.RegexModes) ?? RegexMode.MustMatch;
        var ignoreCase = r.Bool("ignore_case", fallback: false);
        var rule = new RegexRule(id, description, r.Location, artifact, pattern, mode, ignoreCase);
        try
        {
            _ = new Regex(pattern, rule.Options);
        }
        catch (ArgumentException e)
        {
            r.Problems.Add(r.Marks.Field("pattern"), $"field 'pattern' of {r.Subject} is not a valid regular expression: {e.Message}");
        }

        return rule;
    }

    public static SizeRule Size(MappingReader r, string id, string? description)
    {
        var artifact = r.RequiredString("artifact");
        var min = r.Long("min_bytes");
        var max = r.Long("max_bytes");
        if (min is null && max is null && r.Node("min_bytes") is null && r.Node("max_bytes") is null)
        {
            r.Problems.Add(r.Location, $"{r.Subject} needs min_bytes, max_bytes or both");
        }

        if (min < 0)
        {
            r.Problems.Add(r.Marks.Field("min_bytes"), $"field 'min_bytes' of {r.Subject} must be 0 or more, not {min}");
        }

        if (max < min)
        {
            r.Problems.Add(r.Marks.Field("max_bytes"), $"field 'max_bytes' of {r.Subject} ({max}) is below min_bytes ({min})");
        }

        return new SizeRule(id, description, r.Location, artifact, min, max);
    }
}
