namespace Orchestrator.Definitions;

/// <summary>Checks that need only the gate files: ids, file names, and rules reading declared inputs.</summary>
internal static class GateLocalCheck
{
    public static void Run(IReadOnlyList<GateDefinition> gates, ProblemCollector problems)
    {
        var seen = new Dictionary<string, GateDefinition>(StringComparer.Ordinal);
        foreach (var gate in gates)
        {
            var stem = Path.GetFileNameWithoutExtension(gate.Location.File);
            if (gate.Id.Length > 0 && gate.Id != stem)
            {
                problems.Add(gate.Marks.Field("gate"), $"gate id '{gate.Id}' does not match its file name {stem}.yaml: name the file after the gate");
            }

            if (gate.Id.Length > 0 && !seen.TryAdd(gate.Id, gate))
            {
                problems.Add(gate.Marks.Field("gate"), $"duplicate gate id '{gate.Id}' (also defined in {seen[gate.Id].Location.File})");
            }

            CheckInputs(gate, problems);
            CheckRules(gate, problems);
        }
    }

    private static void CheckInputs(GateDefinition gate, ProblemCollector problems)
    {
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < gate.RequiredInputs.Count; i++)
        {
            if (!inputs.Add(gate.RequiredInputs[i]))
            {
                problems.Add(gate.Marks.Item("required_inputs", i), $"required input '{gate.RequiredInputs[i]}' is listed twice in gate '{gate.Id}'");
            }
        }
    }

    private static void CheckRules(GateDefinition gate, ProblemCollector problems)
    {
        var ids = new Dictionary<string, GateRule>(StringComparer.Ordinal);
        foreach (var rule in gate.AllRules)
        {
            if (rule.Id.Length > 0 && !ids.TryAdd(rule.Id, rule))
            {
                problems.Add(rule.Marks.Field("id"), $"duplicate rule id '{rule.Id}' in gate '{gate.Id}' (first at line {ids[rule.Id].Location.Line})");
            }

            foreach (var (artifact, field) in ArtifactFields(rule))
            {
                if (artifact.Length > 0 && !gate.RequiredInputs.Contains(artifact))
                {
                    problems.Add(rule.Marks.Field(field), $"rule '{rule.Id}' reads '{artifact}', which is not among the required_inputs of gate '{gate.Id}': add it there");
                }
            }
        }
    }

    /// <summary>Each artifact a rule reads, with the field that names it (for the problem's position).</summary>
    public static IEnumerable<(string Artifact, string Field)> ArtifactFields(GateRule rule) => rule switch
    {
        CoverageRule c => [(c.Source, "source"), (c.Target, "target")],
        VerdictConflictRule v => [(v.Artifact, "artifact"), (v.Against, "against")],
        _ => [(rule.Artifacts[0], "artifact")],
    };
}
