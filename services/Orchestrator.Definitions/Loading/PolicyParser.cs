namespace Orchestrator.Definitions;

/// <summary>Reads error_policies and special_cases of pipeline.yaml.</summary>
internal static class PolicyParser
{
    public static ErrorPolicySet ReadPolicySet(MappingReader reader)
    {
        var defaultPolicy = reader.RequiredString("default");
        var onBlocking = reader.RequiredString("on_blocking");
        var policies = reader.Mappings("policies", "policy", required: true).Select(ReadPolicy).ToList();
        var overrides = reader.StringMap("role_overrides");
        reader.Finish();
        return new ErrorPolicySet(defaultPolicy, onBlocking, policies, overrides, reader.Location) { Marks = reader.Marks };
    }

    public static SpecialCaseDefinition ReadSpecialCase(MappingReader reader)
    {
        var id = reader.RequiredString("id");
        reader.Subject = $"special case '{id}'";
        var description = reader.String("description");
        var gate = reader.RequiredString("gate");
        var rule = reader.RequiredString("rule");
        var policy = reader.RequiredString("policy");
        reader.Finish();
        return new SpecialCaseDefinition(id, description, gate, rule, policy, reader.Location) { Marks = reader.Marks };
    }

    private static ErrorPolicy ReadPolicy(MappingReader reader)
    {
        var id = reader.RequiredString("id");
        reader.Subject = $"policy '{id}'";
        reader.String("description");
        var action = reader.Enum("action", YamlNames.Actions, required: true) ?? PolicyAction.Block;
        var maxAttempts = reader.Int("max_attempts");
        var backoff = reader.Mapping("backoff", $"'backoff' of policy '{id}'") is { } b ? ReadBackoff(b, reader.Marks) : null;
        var deadline = reader.Duration("deadline");
        var target = reader.String("escalation_target");
        var timeout = reader.Duration("escalation_timeout");
        var retryState = reader.String("retry_state");
        var redispatch = reader.Strings("redispatch");
        var onExhausted = reader.String("on_exhausted");
        reader.Finish();
        return new ErrorPolicy(id, action, maxAttempts, backoff, deadline, target, timeout, retryState, redispatch, onExhausted, reader.Location)
        {
            Marks = reader.Marks,
        };
    }

    private static BackoffDefinition? ReadBackoff(MappingReader reader, FieldMarks policyMarks)
    {
        var initial = reader.Duration("initial", required: true);
        var multiplier = reader.Number("multiplier", required: true);
        var max = reader.Duration("max", required: true);
        reader.Finish();
        foreach (var field in new[] { "initial", "multiplier", "max" })
        {
            policyMarks.Set($"backoff.{field}", reader.Marks.Field(field));
        }

        return initial is { } i && multiplier is { } m && max is { } x ? new BackoffDefinition(i, m, x) : null;
    }
}
