using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orchestrator.Definitions;

/// <summary>A parsed artifact: its root, or why it could not be parsed.</summary>
internal sealed record DataDocument(DataNode? Root, string? Error)
{
    private static readonly HashSet<string> YamlNulls = ["", "~", "null", "Null", "NULL"];

    public static DataDocument FromJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return new DataDocument(Convert(document.RootElement), null);
        }
        catch (JsonException e)
        {
            return new DataDocument(null, $"is not valid JSON (line {e.LineNumber + 1}): {e.Message}");
        }
    }

    public static DataDocument FromYaml(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0
                ? new DataDocument(null, "is an empty YAML document")
                : new DataDocument(Convert(stream.Documents[0].RootNode), null);
        }
        catch (YamlException e)
        {
            return new DataDocument(null, $"is not valid YAML (line {e.Start.Line}, column {e.Start.Column}): {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this (without a position) on some unterminated flow collections.
            return new DataDocument(null, $"is not valid YAML: {e.Message}");
        }
    }

    private static DataNode Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new DataMap(element.EnumerateObject()
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Convert(g.Last().Value), StringComparer.Ordinal)),
        JsonValueKind.Array => new DataList(element.EnumerateArray().Select(Convert).ToList()),
        JsonValueKind.String => new DataScalar(element.GetString()),
        JsonValueKind.Null => new DataScalar(null),
        _ => new DataScalar(element.GetRawText()),
    };

    private static DataNode Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new DataMap(mapping.Children
            .ToDictionary(c => (c.Key as YamlScalarNode)?.Value ?? c.Key.ToString(), c => Convert(c.Value), StringComparer.Ordinal)),
        YamlSequenceNode sequence => new DataList(sequence.Children.Select(Convert).ToList()),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when YamlNulls.Contains(scalar.Value ?? "") => new DataScalar(null),
        YamlScalarNode scalar => new DataScalar(scalar.Value ?? ""),
        _ => new DataScalar(null),
    };
}
