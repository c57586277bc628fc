namespace Orchestrator.Definitions;

/// <summary>Reads the handoff rules of pipeline.yaml.</summary>
internal static class HandoffParser
{
    public static HandoffDefinition ReadHandoff(MappingReader reader)
    {
        var id = reader.RequiredString("id");
        reader.Subject = $"handoff '{id}'";
        var mode = reader.Enum("mode", YamlNames.HandoffModes, required: true) ?? HandoffMode.Sequential;
        var marks = reader.Marks;

        var from = reader.Mapping("from", $"'from' of handoff '{id}'", required: true);
        var fromState = from?.RequiredString("state") ?? "";
        var fromRole = from?.String("role");
        from?.Finish();

        var to = reader.Mapping("to", $"'to' of handoff '{id}'", required: true);
        var toState = to?.RequiredString("state") ?? "";
        var toRoles = to?.Strings("roles", required: true) ?? [];
        to?.Finish();

        var when = reader.Mappings("when", $"condition of handoff '{id}'", required: true).Select(ReadCondition).ToList();
        reader.Finish();

        // Keep the nested positions under dotted names so the validator can point at them.
        if (from is not null)
        {
            marks.Set("from.state", from.Marks.Field("state"));
            marks.Set("from.role", from.Marks.Field("role"));
        }

        if (to is not null)
        {
            marks.Set("to.state", to.Marks.Field("state"));
            for (var i = 0; i < toRoles.Count; i++)
            {
                marks.Set(FieldMarks.ItemKey("to.roles", i), to.Marks.Item("roles", i));
            }
        }

        return new HandoffDefinition(id, mode, fromState, fromRole, toState, toRoles, when, reader.Location) { Marks = marks };
    }

    private static ArtifactCondition ReadCondition(MappingReader reader)
    {
        var artifact = reader.RequiredString("artifact");
        var attributes = reader.StringMap("attributes");
        reader.Finish();
        return new ArtifactCondition(artifact, attributes, reader.Location) { Marks = reader.Marks };
    }
}
