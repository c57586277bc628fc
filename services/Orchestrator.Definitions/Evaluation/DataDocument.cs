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
            if (YamlLimits.Exceeded(text) is { } tooLarge)
            {
                return new DataDocument(null, tooLarge);
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0
                ? new DataDocument(null, "is an empty YAML document")
                : Convert(stream.Documents[0].RootNode, new YamlNodeBudget()) is { } root
                    ? new DataDocument(root, null)
                    : new DataDocument(null, YamlLimits.TooManyNodes);
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

    // Aliases can make a small document expand to billions of nodes; the budget stops that.
    private static DataNode? Convert(YamlNode node, YamlNodeBudget budget)
    {
        if (!budget.TryTake())
        {
            return null;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                var entries = new Dictionary<string, DataNode>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Children)
                {
                    if (Convert(value, budget) is not { } converted)
                    {
                        return null;
                    }

                    entries[(key as YamlScalarNode)?.Value ?? key.ToString()] = converted;
                }

                return new DataMap(entries);
            case YamlSequenceNode sequence:
                var items = new List<DataNode>();
                foreach (var child in sequence.Children)
                {
                    if (Convert(child, budget) is not { } converted)
                    {
                        return null;
                    }

                    items.Add(converted);
                }

                return new DataList(items);
            case YamlScalarNode { Style: ScalarStyle.Plain } scalar when YamlNulls.Contains(scalar.Value ?? ""):
                return new DataScalar(null);
            case YamlScalarNode scalar:
                return new DataScalar(scalar.Value ?? "");
            default:
                return new DataScalar(null);
        }
    }
}
