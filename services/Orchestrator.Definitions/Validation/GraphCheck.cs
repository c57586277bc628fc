namespace Orchestrator.Definitions;

/// <summary>
/// The allowed-transition graph: every state is reachable from the initial state, a final
/// state is reachable from every state (no cycle without an exit), and following next from
/// the initial state reaches a final state (the main line completes).
/// </summary>
internal static class GraphCheck
{
    public static void Run(ValidationContext context)
    {
        var states = context.States;
        var initial = context.Pipeline.States.FirstOrDefault(s => s.Kind == StateKind.Initial);

        // With a state's transitions unreadable the graph is not the one the author meant;
        // fix that first rather than read consequences of it.
        if (initial is null || context.Pipeline.States.Any(s => s.Marks.IsInvalid("transitions") || s.Marks.IsInvalid("kind")))
        {
            return;
        }

        var reachable = Reach([initial.Id], id => Targets(context, id));
        foreach (var state in states.Values.Where(s => !reachable.Contains(s.Id)))
        {
            context.Add(state.Marks.Field("id"), $"state '{state.Id}' is unreachable from '{initial.Id}': no allowed transition leads to it");
        }

        var finals = states.Values.Where(s => s.Final).Select(s => s.Id).ToList();
        if (finals.Count > 0)
        {
            var sources = Predecessors(context);
            var canFinish = Reach(finals, id => sources.GetValueOrDefault(id) ?? []);
            foreach (var state in states.Values.Where(s => reachable.Contains(s.Id) && !canFinish.Contains(s.Id)))
            {
                var trap = Reach([state.Id], id => Targets(context, id)).Order(StringComparer.Ordinal);
                context.Add(state.Marks.Field("transitions"), $"state '{state.Id}' cannot reach a final state: its transitions stay within a cycle without an exit ({string.Join(", ", trap)}); add a transition out");
            }
        }

        CheckMainLine(context, initial);
    }

    private static void CheckMainLine(ValidationContext context, StateDefinition initial)
    {
        var visited = new List<string>();
        var current = initial;
        while (current.Next is { } next && context.States.TryGetValue(next, out var following))
        {
            visited.Add(current.Id);
            if (visited.Contains(next))
            {
                context.Add(current.Marks.Field("next"), $"following next from '{initial.Id}' loops back to '{next}' ({string.Join(" → ", visited)} → {next}): the main line never completes");
                return;
            }

            current = following;
        }
    }

    private static IEnumerable<string> Targets(ValidationContext context, string id) =>
        context.States.TryGetValue(id, out var state) ? state.Transitions.Where(context.States.ContainsKey) : [];

    private static Dictionary<string, List<string>> Predecessors(ValidationContext context)
    {
        var sources = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var state in context.States.Values)
        {
            foreach (var target in Targets(context, state.Id))
            {
                (sources.TryGetValue(target, out var list) ? list : sources[target] = []).Add(state.Id);
            }
        }

        return sources;
    }

    private static HashSet<string> Reach(IEnumerable<string> start, Func<string, IEnumerable<string>> edges)
    {
        var seen = new HashSet<string>(start, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var id))
        {
            foreach (var target in edges(id).Where(seen.Add))
            {
                queue.Enqueue(target);
            }
        }

        return seen;
    }
}
