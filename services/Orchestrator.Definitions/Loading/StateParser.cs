namespace Orchestrator.Definitions;

/// <summary>Reads the states of pipeline.yaml; a role assignment without outputs expects everything the role produces.</summary>
internal sealed class StateParser(IReadOnlyList<RoleDefinition> roles)
{
    public StateDefinition ReadState(MappingReader reader)
    {
        var id = reader.RequiredString("id");
        reader.Subject = $"state '{id}'";
        var description = reader.String("description");
        var kind = reader.Enum("kind", YamlNames.StateKinds) ?? StateKind.Work;
        var final = reader.Bool("final", fallback: false);
        var transitions = reader.Strings("transitions");
        var steps = reader.Mappings("steps", $"step of state '{id}'").Select(ReadStep).OfType<StepDefinition>().ToList();
        var support = reader.Mappings("support", $"support role of state '{id}'")
            .Select(r => ReadAssignment(r, mainLine: false))
            .ToList();
        var gate = reader.String("gate");
        var next = reader.String("next");
        reader.Finish();
        return new StateDefinition(id, description, kind, final, transitions, steps, support, gate, next, reader.Location)
        {
            Marks = reader.Marks,
        };
    }

    private StepDefinition? ReadStep(MappingReader reader)
    {
        var parallel = reader.Mappings("parallel", $"parallel role of {reader.Subject}");
        if (reader.Node("role") is null)
        {
            reader.Finish();
            if (parallel.Count == 0)
            {
                reader.Problems.Add(reader.Location, $"{reader.Subject} needs either 'role' (one role) or 'parallel' (a list of roles)");
                return null;
            }

            return new StepDefinition(true, parallel.Select(r => ReadAssignment(r, mainLine: true)).ToList(), reader.Location);
        }

        if (parallel.Count > 0)
        {
            reader.Problems.Add(reader.Marks.Field("parallel"), $"{reader.Subject} has both 'role' and 'parallel': a step is one or the other");
        }

        return new StepDefinition(false, [ReadAssignment(reader, mainLine: true)], reader.Location);
    }

    private RoleAssignment ReadAssignment(MappingReader reader, bool mainLine)
    {
        var role = reader.RequiredString("role");
        var declared = reader.Node("outputs") is null ? null : reader.Strings("outputs");
        var holdsGate = mainLine || reader.Bool("holds_gate", fallback: false);
        reader.Finish();
        var outputs = declared ?? roles.FirstOrDefault(r => r.Id == role)?.Produces ?? [];
        return new RoleAssignment(role, outputs, holdsGate, reader.Location) { Marks = reader.Marks };
    }
}
