namespace Orchestrator.Definitions;

/// <summary>
/// Handoffs follow allowed transitions, name roles active in their states, and their mode
/// matches how the target state dispatches those roles.
/// </summary>
internal static class HandoffCheck
{
    public static void Run(ValidationContext context)
    {
        foreach (var handoff in context.Pipeline.Handoffs)
        {
            var fromKnown = context.KnownState(handoff.FromState, handoff.Marks.Field("from.state"));
            var toKnown = context.KnownState(handoff.ToState, handoff.Marks.Field("to.state"));
            if (fromKnown && toKnown && handoff.FromState != handoff.ToState
                && !context.States[handoff.FromState].Transitions.Contains(handoff.ToState))
            {
                context.Add(handoff.Marks.Field("to.state"), $"handoff '{handoff.Id}' moves from '{handoff.FromState}' to '{handoff.ToState}', which is not an allowed transition of '{handoff.FromState}'");
            }

            if (handoff.FromRole is { } fromRole && context.KnownRole(fromRole, handoff.Marks.Field("from.role")) && fromKnown)
            {
                RequireActive(context, handoff, fromRole, handoff.FromState, handoff.Marks.Field("from.role"));
            }

            for (var i = 0; i < handoff.ToRoles.Count; i++)
            {
                var at = handoff.Marks.Item("to.roles", i);
                if (context.KnownRole(handoff.ToRoles[i], at) && toKnown)
                {
                    RequireActive(context, handoff, handoff.ToRoles[i], handoff.ToState, at);
                }
            }

            foreach (var condition in handoff.When)
            {
                context.KnownArtifact(condition.Artifact, condition.Marks.Field("artifact"));
            }

            if (toKnown && !handoff.Marks.IsInvalid("mode"))
            {
                CheckMode(context, handoff, context.States[handoff.ToState]);
            }
        }
    }

    private static void RequireActive(ValidationContext context, HandoffDefinition handoff, string role, string state, SourceLocation at)
    {
        if (!context.States[state].ActiveRoles.Any(a => a.Role == role))
        {
            context.Add(at, $"handoff '{handoff.Id}' names role '{role}', which is not active in state '{state}'");
        }
    }

    private static void CheckMode(ValidationContext context, HandoffDefinition handoff, StateDefinition target)
    {
        var roles = handoff.ToRoles.Where(r => target.ActiveRoles.Any(a => a.Role == r)).ToList();
        if (roles.Count < 2)
        {
            return;
        }

        var at = handoff.Marks.Field("mode");
        if (handoff.Mode == HandoffMode.Parallel)
        {
            var together = target.DispatchOnEntry.Select(a => a.Role).ToHashSet();
            var sameStep = target.Steps.Any(s => roles.All(r => s.Roles.Any(a => a.Role == r)));
            if (!sameStep && !roles.All(together.Contains))
            {
                context.Add(at, $"parallel handoff '{handoff.Id}' targets roles that state '{target.Id}' does not dispatch together ({string.Join(", ", roles)}): put them in one parallel step, or make the handoff sequential");
            }

            return;
        }

        var order = roles.Select(r => target.Steps.ToList().FindIndex(s => s.Roles.Any(a => a.Role == r))).ToList();
        if (order.Any(i => i < 0) || order.Zip(order.Skip(1)).Any(pair => pair.First >= pair.Second))
        {
            context.Add(at, $"sequential handoff '{handoff.Id}' lists {string.Join(", ", roles)}, but the steps of state '{target.Id}' do not run them one after another in that order");
        }
    }
}
