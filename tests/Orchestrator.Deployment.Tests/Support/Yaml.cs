using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Orchestrator.Deployment.Tests.Support;

/// <summary>YAML as plain maps, lists and strings, with merge keys (<c>&lt;&lt;: *anchor</c>) applied as compose applies them.</summary>
public static class Yaml
{
    public static object? Load(string path)
    {
        using var reader = new StreamReader(path);
        return new DeserializerBuilder().Build().Deserialize<object>(new MergingParser(new Parser(reader)));
    }

    public static IReadOnlyDictionary<string, object?> Map(object? node) =>
        node is IDictionary<object, object?> map
            ? map.ToDictionary(entry => (string)entry.Key, entry => entry.Value, StringComparer.Ordinal)
            : new Dictionary<string, object?>();

    public static IReadOnlyList<object?> List(object? node) => node is IList<object?> list ? [.. list] : [];

    public static object? Get(object? node, string key) => Map(node).GetValueOrDefault(key);

    public static string? Text(object? node) => node as string;
}
