namespace Orchestrator.Definitions;

/// <summary>
/// Each policy has the parameters its action needs (and no others), valid values, and a
/// chain of on_exhausted that ends in BLOCK or HALT_PIPELINE.
/// </summary>
internal static class PolicyCheck
{
    public static void Run(ValidationContext context)
    {
        var set = context.Pipeline.ErrorPolicies;
        if (context.KnownPolicy(set.Default, set.Marks.Field("default"))
            && context.Policies[set.Default].Deadline is null)
        {
            context.Add(set.Marks.Field("default"), $"the default policy '{set.Default}' must set a deadline, so a role task that never answers still times out");
        }

        context.KnownPolicy(set.OnBlocking, set.Marks.Field("on_blocking"));
        foreach (var (role, policy) in set.RoleOverrides)
        {
            context.KnownRole(role, set.Marks.Key("role_overrides", role));
            context.KnownPolicy(policy, set.Marks.Field($"role_overrides.{role}"));
        }

        foreach (var policy in set.Policies)
        {
            PolicyParameters.Check(context, policy);
            CheckReferences(context, policy);
        }

        foreach (var policy in set.Policies)
        {
            CheckChainEnds(context, policy);
        }
    }

    private static void CheckReferences(ValidationContext context, ErrorPolicy policy)
    {
        if (policy.OnExhausted is { } next)
        {
            context.KnownPolicy(next, policy.Marks.Field("on_exhausted"));
        }

        if (policy.RetryState is { } state)
        {
            context.KnownState(state, policy.Marks.Field("retry_state"));
        }

        for (var i = 0; i < policy.Redispatch.Count; i++)
        {
            context.KnownRole(policy.Redispatch[i], policy.Marks.Item("redispatch", i));
        }
    }

    private static void CheckChainEnds(ValidationContext context, ErrorPolicy policy)
    {
        var chain = new List<string> { policy.Id };
        var current = policy;
        while (current.OnExhausted is { } next && context.Policies.TryGetValue(next, out var following))
        {
            if (next == policy.Id)
            {
                // A loop is reported once, on its member that is defined first.
                var first = context.Pipeline.ErrorPolicies.Policies.First(p => chain.Contains(p.Id));
                if (first.Id == policy.Id)
                {
                    context.Add(policy.Marks.Field("on_exhausted"), $"policies {string.Join(" → ", chain)} → {next} never end: the last one must be BLOCK or HALT_PIPELINE");
                }

                return;
            }

            if (chain.Contains(next))
            {
                return;
            }

            chain.Add(next);
            current = following;
        }
    }
}
