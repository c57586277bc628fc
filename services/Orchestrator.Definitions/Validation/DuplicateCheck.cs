namespace Orchestrator.Definitions;

/// <summary>Ids must be unique within their kind; the second and later definitions are reported.</summary>
internal static class DuplicateCheck
{
    public static void Run(ValidationContext context)
    {
        var p = context.Pipeline;
        Check(context, "artifact name", p.Artifacts, a => a.Name, a => a.Marks.Field("name"));
        Check(context, "role id", p.Roles, r => r.Id, r => r.Marks.Field("id"));
        Check(context, "state id", p.States, s => s.Id, s => s.Marks.Field("id"));
        Check(context, "handoff id", p.Handoffs, h => h.Id, h => h.Marks.Field("id"));
        Check(context, "policy id", p.ErrorPolicies.Policies, e => e.Id, e => e.Marks.Field("id"));
        Check(context, "special case id", p.SpecialCases, c => c.Id, c => c.Marks.Field("id"));
    }

    private static void Check<T>(
        ValidationContext context,
        string what,
        IEnumerable<T> items,
        Func<T, string> id,
        Func<T, SourceLocation> at)
    {
        var first = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (key.Length > 0 && !first.TryAdd(key, at(item)))
            {
                context.Add(at(item), $"duplicate {what} '{key}' (first defined at line {first[key].Line})");
            }
        }
    }
}
