namespace Orchestrator.Definitions;

/// <summary>The parameters each action needs, forbids, and their valid ranges.</summary>
internal static class PolicyParameters
{
    public static void Check(ValidationContext context, ErrorPolicy policy)
    {
        if (policy.Marks.IsInvalid("action"))
        {
            return;
        }

        var action = YamlNames.Actions.NameOf(policy.Action);
        var retries = policy.Action == PolicyAction.WaitRetry;
        var escalates = policy.Action == PolicyAction.Escalate;

        Require(context, policy, action, "max_attempts", !retries || policy.MaxAttempts is not null || Written(policy, "max_attempts"));
        Require(context, policy, action, "backoff", !retries || policy.Backoff is not null || Written(policy, "backoff"));
        Require(context, policy, action, "escalation_target", !escalates || policy.EscalationTarget is not null);
        Require(context, policy, action, "on_exhausted", !(retries || escalates) || policy.OnExhausted is not null);

        Forbid(context, policy, action, "max_attempts", !retries && policy.MaxAttempts is not null);
        Forbid(context, policy, action, "backoff", !retries && policy.Backoff is not null);
        Forbid(context, policy, action, "retry_state", !retries && policy.RetryState is not null);
        Forbid(context, policy, action, "redispatch", !retries && policy.Redispatch.Count > 0);
        Forbid(context, policy, action, "escalation_target", !escalates && policy.EscalationTarget is not null);
        Forbid(context, policy, action, "escalation_timeout", !escalates && policy.EscalationTimeout is not null);
        Forbid(context, policy, action, "on_exhausted", !(retries || escalates) && policy.OnExhausted is not null);

        if (policy.MaxAttempts < 1)
        {
            context.Add(policy.Marks.Field("max_attempts"), $"max_attempts of policy '{policy.Id}' must be 1 or more (it counts the first attempt), not {policy.MaxAttempts}");
        }

        Positive(context, policy, "deadline", policy.Deadline);
        Positive(context, policy, "escalation_timeout", policy.EscalationTimeout);
        if (policy.Backoff is { } backoff)
        {
            Positive(context, policy, "backoff.initial", backoff.Initial);
            if (backoff.Multiplier < 1)
            {
                context.Add(policy.Marks.Field("backoff.multiplier"), $"backoff.multiplier of policy '{policy.Id}' must be 1 or more, not {backoff.Multiplier}");
            }

            if (backoff.Max < backoff.Initial)
            {
                context.Add(policy.Marks.Field("backoff.max"), $"backoff.max of policy '{policy.Id}' must not be below backoff.initial");
            }
        }
    }

    // A field that was written but failed to parse was reported already; "missing" would be wrong.
    private static bool Written(ErrorPolicy policy, string field) => policy.Marks.Has(field);

    private static void Require(ValidationContext context, ErrorPolicy policy, string action, string field, bool satisfied)
    {
        if (!satisfied)
        {
            context.Add(policy.Location, $"policy '{policy.Id}' ({action}) is missing the required field '{field}'");
        }
    }

    private static void Forbid(ValidationContext context, ErrorPolicy policy, string action, string field, bool present)
    {
        if (present)
        {
            context.Add(policy.Marks.Field(field), $"field '{field}' does not apply to a {action} policy ('{policy.Id}'): remove it");
        }
    }

    private static void Positive(ValidationContext context, ErrorPolicy policy, string field, TimeSpan? value)
    {
        if (value <= TimeSpan.Zero)
        {
            context.Add(policy.Marks.Field(field), $"{field} of policy '{policy.Id}' must be longer than zero");
        }
    }
}
