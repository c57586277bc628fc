namespace Orchestrator.Definitions;

/// <summary>Gates against the pipeline: known inputs and policies, rules that fit the artifact formats, used by a state.</summary>
internal static class GateCheck
{
    public static void Run(ValidationContext context)
    {
        foreach (var gate in context.Pipeline.Gates)
        {
            for (var i = 0; i < gate.RequiredInputs.Count; i++)
            {
                context.KnownArtifact(gate.RequiredInputs[i], gate.Marks.Item("required_inputs", i));
            }

            if (gate.OnFail is { } onFail)
            {
                context.KnownPolicy(onFail, gate.Marks.Field("on_fail"));
            }

            if (gate.Id.Length > 0 && !context.Pipeline.States.Any(s => s.Gate == gate.Id))
            {
                context.Add(gate.Marks.Field("gate"), $"gate '{gate.Id}' is not used by any state: name it in a state's gate, or remove the file");
            }

            foreach (var rule in gate.AllRules)
            {
                CheckFormats(context, rule);
            }
        }

        foreach (var specialCase in context.Pipeline.SpecialCases)
        {
            CheckSpecialCase(context, specialCase);
        }

        RetryCheck.Run(context);
    }

    private static void CheckFormats(ValidationContext context, GateRule rule)
    {
        foreach (var (artifact, field) in GateLocalCheck.ArtifactFields(rule))
        {
            if (!context.Artifacts.TryGetValue(artifact, out var definition))
            {
                continue;
            }

            var readable = Readable(rule, field);
            if (!readable.Contains(definition.Format))
            {
                var kind = YamlNames.RuleKinds.NameOf(rule.Kind);
                var formats = string.Join(" or ", readable.Select(YamlNames.Formats.NameOf));
                context.Add(rule.Marks.Field(field), $"rule '{rule.Id}' ({kind}) cannot read '{artifact}', a {YamlNames.Formats.NameOf(definition.Format)} artifact: its {field} must be {formats}");
            }
        }
    }

    private static ArtifactFormat[] Readable(GateRule rule, string field) => (rule.Kind, field) switch
    {
        (RuleKind.JsonPath, _) => [ArtifactFormat.Json],
        (RuleKind.YamlPath, _) or (RuleKind.Coverage, "source") => [ArtifactFormat.Yaml, ArtifactFormat.Json],
        (RuleKind.MarkdownSections, _) => [ArtifactFormat.Markdown],
        (RuleKind.Regex, _) or (RuleKind.Coverage, _) or (RuleKind.VerdictConflict, _) =>
            [ArtifactFormat.Markdown, ArtifactFormat.Text, ArtifactFormat.Json, ArtifactFormat.Yaml],
        _ => Enum.GetValues<ArtifactFormat>(),
    };

    private static void CheckSpecialCase(ValidationContext context, SpecialCaseDefinition specialCase)
    {
        context.KnownPolicy(specialCase.Policy, specialCase.Marks.Field("policy"));
        if (!context.KnownGate(specialCase.Gate, specialCase.Marks.Field("gate")))
        {
            return;
        }

        var gate = context.Gates[specialCase.Gate];
        if (specialCase.Rule.Length > 0 && !gate.AllRules.Any(r => r.Id == specialCase.Rule))
        {
            context.Add(specialCase.Marks.Field("rule"), $"gate '{gate.Id}' has no rule '{specialCase.Rule}' (its rules: {string.Join(", ", gate.AllRules.Select(r => r.Id))})");
        }
    }
}
