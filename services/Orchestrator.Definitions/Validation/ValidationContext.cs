namespace Orchestrator.Definitions;

/// <summary>
/// Lookups shared by the checks (first definition wins; duplicates are reported separately)
/// and the reporting of unknown references with a hint.
/// </summary>
internal sealed class ValidationContext
{
    private readonly ProblemCollector problems;
    private readonly IReadOnlySet<string> unreadableGates;

    public ValidationContext(PipelineDefinition pipeline, IReadOnlySet<string> unreadableGates, ProblemCollector problems)
    {
        this.problems = problems;
        this.unreadableGates = unreadableGates;
        Pipeline = pipeline;
        Artifacts = First(pipeline.Artifacts, a => a.Name);
        Roles = First(pipeline.Roles, r => r.Id);
        States = First(pipeline.States, s => s.Id);
        Policies = First(pipeline.ErrorPolicies.Policies, p => p.Id);
        Gates = First(pipeline.Gates, g => g.Id);
    }

    public PipelineDefinition Pipeline { get; }

    public IReadOnlyDictionary<string, ArtifactDefinition> Artifacts { get; }

    public IReadOnlyDictionary<string, RoleDefinition> Roles { get; }

    public IReadOnlyDictionary<string, StateDefinition> States { get; }

    public IReadOnlyDictionary<string, ErrorPolicy> Policies { get; }

    public IReadOnlyDictionary<string, GateDefinition> Gates { get; }

    public void Add(SourceLocation at, string message) => problems.Add(at, message);

    public bool KnownArtifact(string name, SourceLocation at) => Known(Artifacts, "artifact", name, at);

    public bool KnownRole(string id, SourceLocation at) => Known(Roles, "role", id, at);

    public bool KnownState(string id, SourceLocation at) => Known(States, "state", id, at);

    public bool KnownPolicy(string id, SourceLocation at) => Known(Policies, "error policy", id, at);

    public bool KnownGate(string id, SourceLocation at) => !unreadableGates.Contains(id) && Known(Gates, "gate", id, at);

    // An empty name was already reported as a missing field; reporting it again as unknown is noise.
    private bool Known<T>(IReadOnlyDictionary<string, T> table, string kind, string name, SourceLocation at)
    {
        if (name.Length == 0 || table.ContainsKey(name))
        {
            return name.Length > 0;
        }

        var hint = FieldNameHint.Closest(name, table.Keys) is { } close
            ? $"; did you mean '{close}'?"
            : $" (known: {string.Join(", ", table.Keys)})";
        problems.Add(at, $"unknown {kind} '{name}'{hint}");
        return false;
    }

    private static Dictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var table = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            table.TryAdd(key(item), item);
        }

        return table;
    }
}
