namespace Orchestrator.Definitions;

/// <summary>Each state's shape for its kind, its references, and the initial/final/hold states.</summary>
internal static class StateCheck
{
    public static void Run(ValidationContext context)
    {
        var states = context.Pipeline.States;
        foreach (var state in states)
        {
            StateShape.Check(context, state);
            CheckTransitions(context, state);
            StateRoles.Check(context, state);
        }

        var listAt = context.Pipeline.Marks.Field("states");
        var initial = states.Where(s => s.Kind == StateKind.Initial).ToList();
        if (initial.Count == 0)
        {
            context.Add(listAt, "no state has kind: initial; exactly one must (where a run waits for START)");
        }

        foreach (var extra in initial.Skip(1))
        {
            context.Add(extra.Marks.Field("kind"), $"state '{extra.Id}' is a second initial state (the first is '{initial[0].Id}'): keep one");
        }

        if (!states.Any(s => s.Final))
        {
            context.Add(listAt, "no state is final: mark the state whose completion completes the run with final: true");
        }

        var holds = states.Where(s => s.Kind == StateKind.Hold).ToList();
        foreach (var extra in holds.Skip(1))
        {
            context.Add(extra.Marks.Field("kind"), $"state '{extra.Id}' is a second hold state (the first is '{holds[0].Id}'): BLOCK needs one unambiguous target");
        }

        CheckHoldIsReachable(context, holds.FirstOrDefault());
    }

    private static void CheckTransitions(ValidationContext context, StateDefinition state)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < state.Transitions.Count; i++)
        {
            var target = state.Transitions[i];
            var at = state.Marks.Item("transitions", i);
            if (!context.KnownState(target, at))
            {
                continue;
            }

            if (target == state.Id)
            {
                context.Add(at, $"state '{state.Id}' lists itself as a transition: a retry re-enters a state without one");
            }
            else if (!seen.Add(target))
            {
                context.Add(at, $"transition to '{target}' is listed twice in state '{state.Id}'");
            }
        }

        if (state.Next is { } next && context.KnownState(next, state.Marks.Field("next")) && !state.Transitions.Contains(next))
        {
            context.Add(state.Marks.Field("next"), $"next state '{next}' is not an allowed transition of '{state.Id}': add it to transitions");
        }

        if (state.Gate is { } gate)
        {
            context.KnownGate(gate, state.Marks.Field("gate"));
        }
    }

    // Any policy chain may end in BLOCK, so every work state must be allowed to move to the hold state.
    private static void CheckHoldIsReachable(ValidationContext context, StateDefinition? hold)
    {
        var blockers = context.Pipeline.ErrorPolicies.Policies.Where(p => p.Action == PolicyAction.Block).ToList();
        if (hold is null)
        {
            foreach (var policy in blockers)
            {
                context.Add(policy.Marks.Field("action"), $"policy '{policy.Id}' blocks the run, but no state has kind: hold to block it in");
            }

            return;
        }

        if (blockers.Count == 0)
        {
            return;
        }

        foreach (var state in context.Pipeline.States.Where(s =>
            s.Kind == StateKind.Work && !s.Marks.IsInvalid("transitions") && !s.Transitions.Contains(hold.Id)))
        {
            context.Add(state.Marks.Field("transitions"), $"state '{state.Id}' must allow a transition to '{hold.Id}': policy '{blockers[0].Id}' can block the run in any state");
        }
    }
}
