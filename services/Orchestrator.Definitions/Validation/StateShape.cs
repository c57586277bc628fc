namespace Orchestrator.Definitions;

/// <summary>
/// What each kind of state may have, so the orchestrator can follow states mechanically:
/// initial → only next; hold → nothing but transitions; work → steps, and next unless final.
/// </summary>
internal static class StateShape
{
    public static void Check(ValidationContext context, StateDefinition state)
    {
        if (state.Marks.IsInvalid("kind"))
        {
            return;
        }

        var kind = YamlNames.StateKinds.NameOf(state.Kind);
        if (state.Kind != StateKind.Work)
        {
            Forbid(context, state, kind, "steps", state.Steps.Count > 0);
            Forbid(context, state, kind, "support", state.Support.Count > 0);
            Forbid(context, state, kind, "gate", state.Gate is not null);
            Forbid(context, state, kind, "final", state.Final);
        }

        switch (state.Kind)
        {
            case StateKind.Initial when state.Next is null:
                context.Add(state.Location, $"initial state '{state.Id}' needs next: the state START moves the run to");
                break;
            case StateKind.Hold:
                Forbid(context, state, kind, "next", state.Next is not null);
                break;
            case StateKind.Work:
                CheckWork(context, state);
                break;
        }
    }

    private static void CheckWork(ValidationContext context, StateDefinition state)
    {
        if (state.Steps.Count == 0)
        {
            context.Add(state.Marks.Field("steps"), $"work state '{state.Id}' has no steps: list the roles it dispatches");
        }

        if (state.Final && state.Next is not null)
        {
            context.Add(state.Marks.Field("next"), $"final state '{state.Id}' completes the run, so it cannot have next");
        }
        else if (!state.Final && state.Next is null)
        {
            context.Add(state.Location, $"state '{state.Id}' needs next (where the run goes once its gate passes), or final: true");
        }
    }

    private static void Forbid(ValidationContext context, StateDefinition state, string kind, string field, bool present)
    {
        if (present)
        {
            context.Add(state.Marks.Field(field), $"a state of kind {kind} cannot have '{field}' (state '{state.Id}')");
        }
    }
}
