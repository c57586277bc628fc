namespace Orchestrator.Definitions;

/// <summary>Reads one rule; each kind reads only its own fields, so a field of another kind is reported as unknown.</summary>
internal static class RuleParser
{
    public static GateRule? Read(MappingReader r, string gate)
    {
        var id = r.RequiredString("id");
        r.Subject = $"rule '{id}' of gate '{gate}'";
        var kind = r.Enum("kind", YamlNames.RuleKinds, required: true);
        var description = r.String("description");
        if (kind is null)
        {
            // Without a kind the allowed fields are unknown; listing them all as unknown would only add noise.
            return null;
        }

        GateRule rule = kind.Value switch
        {
            RuleKind.ArtifactExists => new ArtifactExistsRule(id, description, r.Location, r.RequiredString("artifact")),
            RuleKind.JsonPath => PathRule(r, (artifact, path, op, value) => new JsonPathRule(id, description, r.Location, artifact, path, op, value)),
            RuleKind.YamlPath => PathRule(r, (artifact, path, op, value) => new YamlPathRule(id, description, r.Location, artifact, path, op, value)),
            RuleKind.MarkdownSections => new MarkdownSectionsRule(id, description, r.Location, r.RequiredString("artifact"), NonEmpty(r, "sections")),
            RuleKind.Regex => RuleFieldChecks.Regex(r, id, description),
            RuleKind.Size => RuleFieldChecks.Size(r, id, description),
            RuleKind.AttributeEquals => new AttributeEqualsRule(
                id, description, r.Location, r.RequiredString("artifact"), r.RequiredString("attribute"), r.RequiredString("value")),
            RuleKind.Coverage => new CoverageRule(
                id, description, r.Location, r.RequiredString("source"), Path(r, "path"), r.RequiredString("target")),
            _ => new VerdictConflictRule(
                id, description, r.Location, r.RequiredString("artifact"), r.RequiredString("against"),
                r.String("label") ?? VerdictConflictRule.DefaultLabel,
                r.Node("values") is null ? VerdictConflictRule.DefaultValues : NonEmpty(r, "values")),
        };
        r.Finish();
        return rule with { Marks = r.Marks };
    }

    private static string Path(MappingReader r, string field)
    {
        var path = r.RequiredString(field);
        if (path.Length > 0 && DataPath.TryParse(path, out var error) is null)
        {
            r.Problems.Add(r.Marks.Field(field), $"field '{field}' of {r.Subject}: {error}");
        }

        return path;
    }

    // "value" is read after "op" so its requirement can depend on it: exists needs none, every other operator one.
    private static GateRule PathRule(MappingReader r, Func<string, string, CompareOperator, string?, GateRule> create)
    {
        var artifact = r.RequiredString("artifact");
        var path = Path(r, "path");
        var op = r.Enum("op", YamlNames.Operators, required: true);
        var value = r.String("value");
        if (op is { } o && o != CompareOperator.Exists && value is null)
        {
            r.Problems.Add(r.Location, $"{r.Subject} is missing the required field 'value' (op {YamlNames.Operators.NameOf(o)} compares with it)");
        }
        else if (op == CompareOperator.Exists && value is not null)
        {
            r.Problems.Add(r.Marks.Field("value"), $"field 'value' of {r.Subject} has no meaning with op exists: remove it");
        }

        return create(artifact, path, op ?? CompareOperator.Exists, value);
    }

    private static IReadOnlyList<string> NonEmpty(MappingReader r, string field)
    {
        var items = r.Strings(field, required: true);
        if (items.Count == 0 && r.Node(field) is not null)
        {
            r.Problems.Add(r.Marks.Field(field), $"field '{field}' of {r.Subject} must list at least one entry");
        }

        return items;
    }
}
