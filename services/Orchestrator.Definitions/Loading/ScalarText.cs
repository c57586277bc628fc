using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orchestrator.Definitions;

internal static class ScalarText
{
    private static readonly HashSet<string> Nulls = new(StringComparer.Ordinal) { "", "~", "null", "Null", "NULL" };

    /// <summary>An unquoted empty, ~ or null value: YAML's null, which counts as "not given".</summary>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && Nulls.Contains(scalar.Value ?? "");

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode scalar => $"'{scalar.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an alias",
    };
}
