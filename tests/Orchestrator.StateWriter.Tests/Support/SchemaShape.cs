using System.Text.Json;

namespace Orchestrator.StateWriter.Tests.Support;

/// <summary>
/// A structural check of a JSON document against the JSON Schema keywords the state file schema uses: $ref into $defs,
/// type, required, properties, additionalProperties and items. No schema-validator package is available; this is
/// enough to catch a field renamed, dropped or changed in type on either side.
/// </summary>
public static class SchemaShape
{
    public static IReadOnlyList<string> Problems(JsonElement schema, JsonElement instance)
    {
        var problems = new List<string>();
        Check(schema, schema, instance, "$", problems);
        return problems;
    }

    static void Check(JsonElement root, JsonElement schema, JsonElement instance, string at, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
            schema = Resolve(root, reference.GetString()!);
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, instance))
        {
            problems.Add($"{at}: expected {type}, found {instance.ValueKind}");
            return;
        }
        if (instance.ValueKind == JsonValueKind.Object)
            CheckObject(root, schema, instance, at, problems);
        if (instance.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
                Check(root, items, item, $"{at}[{index++}]", problems);
        }
    }

    static void CheckObject(JsonElement root, JsonElement schema, JsonElement instance, string at, List<string> problems)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _))
                    problems.Add($"{at}: required property '{name}' is missing");
            }
        }
        schema.TryGetProperty("properties", out var properties);
        foreach (var property in instance.EnumerateObject())
        {
            var path = $"{at}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                Check(root, propertySchema, property.Value, path, problems);
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                    problems.Add($"{path}: property not allowed by the schema");
                else if (additional.ValueKind == JsonValueKind.Object)
                    Check(root, additional, property.Value, path, problems);
            }
        }
    }

    static JsonElement Resolve(JsonElement root, string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
            throw new NotSupportedException($"Only local '{prefix}' references are supported, not '{reference}'.");
        return root.GetProperty("$defs").GetProperty(reference[prefix.Length..]);
    }

    static bool TypeMatches(JsonElement type, JsonElement instance) => type.ValueKind == JsonValueKind.Array
        ? type.EnumerateArray().Any(t => Matches(t.GetString()!, instance))
        : Matches(type.GetString()!, instance);

    static bool Matches(string type, JsonElement instance) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        "number" => instance.ValueKind == JsonValueKind.Number,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown JSON Schema type '{type}'."),
    };
}
