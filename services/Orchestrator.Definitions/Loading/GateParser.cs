namespace Orchestrator.Definitions;

/// <summary>Reads one gates/&lt;gate&gt;.yaml file.</summary>
internal static class GateParser
{
    public static GateDefinition Read(MappingReader reader)
    {
        var id = reader.RequiredString("gate");
        reader.Subject = $"gate '{id}'";
        var description = reader.String("description");
        var inputs = reader.Strings("required_inputs", required: true);
        var validation = ReadRules(reader, "validation_rules", id);
        var blocking = ReadRules(reader, "blocking_conditions", id);
        var onFail = reader.String("on_fail");
        reader.Finish();

        if (validation.Count + blocking.Count == 0)
        {
            reader.Problems.Add(reader.Location, $"gate '{id}' has no validation_rules and no blocking_conditions: add at least one rule");
        }

        return new GateDefinition(id, description, inputs, validation, blocking, onFail, reader.Location) { Marks = reader.Marks };
    }

    private static List<GateRule> ReadRules(MappingReader reader, string field, string gate) =>
        reader.Mappings(field, $"rule in {field} of gate '{gate}'")
            .Select(r => RuleParser.Read(r, gate))
            .OfType<GateRule>()
            .ToList();
}
