namespace Orchestrator.Definitions;

/// <summary>
/// A WAIT_RETRY that can follow a failure of a state's gate must retry in a state the run
/// may move to, and re-dispatch roles that are active there.
/// </summary>
internal static class RetryCheck
{
    public static void Run(ValidationContext context)
    {
        var reported = new HashSet<(string, string)>();
        foreach (var state in context.Pipeline.States)
        {
            if (state.Gate is not { } gateId || !context.Gates.TryGetValue(gateId, out var gate))
            {
                continue;
            }

            foreach (var policy in Applicable(context, gate).SelectMany(p => Chain(context, p)).Distinct())
            {
                if (policy.Action == PolicyAction.WaitRetry && reported.Add((policy.Id, state.Id)))
                {
                    Check(context, policy, state, gate);
                }
            }
        }
    }

    private static void Check(ValidationContext context, ErrorPolicy policy, StateDefinition state, GateDefinition gate)
    {
        var target = policy.RetryState ?? state.Id;
        if (!context.States.TryGetValue(target, out var retryState))
        {
            return;
        }

        if (target != state.Id && !state.Transitions.Contains(target))
        {
            context.Add(policy.Marks.Field("retry_state"), $"policy '{policy.Id}' retries gate '{gate.Id}' of state '{state.Id}' in '{target}', but {state.Id} → {target} is not an allowed transition");
        }

        for (var i = 0; i < policy.Redispatch.Count; i++)
        {
            var role = policy.Redispatch[i];
            if (context.Roles.ContainsKey(role) && !retryState.ActiveRoles.Any(a => a.Role == role))
            {
                context.Add(policy.Marks.Item("redispatch", i), $"policy '{policy.Id}' re-dispatches '{role}' in state '{target}' (retrying gate '{gate.Id}'), but the role is not active there");
            }
        }
    }

    private static IEnumerable<ErrorPolicy> Applicable(ValidationContext context, GateDefinition gate)
    {
        var set = context.Pipeline.ErrorPolicies;
        var ids = new List<string> { gate.OnFail ?? set.Default, set.OnBlocking };
        ids.AddRange(context.Pipeline.SpecialCases.Where(c => c.Gate == gate.Id).Select(c => c.Policy));
        return ids.Where(context.Policies.ContainsKey).Select(id => context.Policies[id]);
    }

    private static IEnumerable<ErrorPolicy> Chain(ValidationContext context, ErrorPolicy start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = start; seen.Add(current.Id);)
        {
            yield return current;
            if (current.OnExhausted is not { } next || !context.Policies.TryGetValue(next, out var following))
            {
                yield break;
            }

            current = following;
        }
    }
}
