namespace Orchestrator.Definitions;

/// <summary>
/// A validated pipeline with its gates. Built only by <see cref="DefinitionLoader"/>, so every
/// reference in it resolves; the lookups below throw only when the caller passes an id that
/// is not part of the definition.
/// </summary>
public sealed record PipelineDefinition(
    string Name,
    string? Description,
    IReadOnlyList<ArtifactDefinition> Artifacts,
    IReadOnlyList<RoleDefinition> Roles,
    IReadOnlyList<StateDefinition> States,
    IReadOnlyList<HandoffDefinition> Handoffs,
    ErrorPolicySet ErrorPolicies,
    IReadOnlyList<SpecialCaseDefinition> SpecialCases,
    IReadOnlyList<GateDefinition> Gates,
    SourceLocation Location)
{
    internal FieldMarks Marks { get; init; } = FieldMarks.None;

    /// <summary>sha256 of the source files (see <see cref="DefinitionHash"/>); a run pins it.</summary>
    public string Hash { get; init; } = "";

    /// <summary>The file texts the definition was loaded from, by file name: the snapshot a run stores.</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    public StateDefinition InitialState => States.First(s => s.Kind == StateKind.Initial);

    /// <summary>The state a BLOCK policy moves a run to, or null when the pipeline has none.</summary>
    public StateDefinition? HoldState => States.FirstOrDefault(s => s.Kind == StateKind.Hold);

    public StateDefinition GetState(string stateId) =>
        States.FirstOrDefault(s => s.Id == stateId) ?? throw Unknown("state", stateId);

    public RoleDefinition GetRole(string roleId) =>
        Roles.FirstOrDefault(r => r.Id == roleId) ?? throw Unknown("role", roleId);

    public ArtifactDefinition GetArtifact(string name) =>
        Artifacts.FirstOrDefault(a => a.Name == name) ?? throw Unknown("artifact", name);

    public GateDefinition GetGate(string gateId) =>
        Gates.FirstOrDefault(g => g.Id == gateId) ?? throw Unknown("gate", gateId);

    /// <summary>The gate that closes the state, or null when the state has none.</summary>
    public GateDefinition? GateFor(string stateId) =>
        GetState(stateId).Gate is { } gate ? GetGate(gate) : null;

    /// <summary>The state a run moves to when the state's gate passes; null for final and hold states.</summary>
    public string? NextState(string stateId) => GetState(stateId).Next;

    public bool IsTransitionAllowed(string fromState, string toState) =>
        States.FirstOrDefault(s => s.Id == fromState)?.Transitions.Contains(toState) == true;

    /// <summary>
    /// The artifact conditions that must hold before <paramref name="roleId"/> is dispatched
    /// in <paramref name="stateId"/>: the conditions of every handoff that targets it there.
    /// </summary>
    public IReadOnlyList<ArtifactCondition> DispatchConditions(string stateId, string roleId) =>
        Handoffs
            .Where(h => h.ToState == stateId && h.ToRoles.Contains(roleId))
            .SelectMany(h => h.When)
            .ToList();

    /// <summary>
    /// The policy for a failed (or overdue) task of <paramref name="roleId"/> running in
    /// <paramref name="stateId"/>: the role's override, else the on_fail of the state's gate,
    /// else the default.
    /// </summary>
    public ErrorPolicy ResolveRolePolicy(string roleId, string stateId)
    {
        if (ErrorPolicies.RoleOverrides.TryGetValue(roleId, out var overridden))
        {
            return ErrorPolicies.Get(overridden);
        }

        return GateFor(stateId)?.OnFail is { } gatePolicy
            ? ErrorPolicies.Get(gatePolicy)
            : ErrorPolicies.Get(ErrorPolicies.Default);
    }

    /// <summary>How long one task of the role may run before it counts as failed.</summary>
    public TimeSpan? RoleDeadline(string roleId, string stateId) =>
        ResolveRolePolicy(roleId, stateId).Deadline ?? ErrorPolicies.Get(ErrorPolicies.Default).Deadline;

    /// <summary>The first special case (in file order) named by one of the failed rules of the gate.</summary>
    public SpecialCaseDefinition? FindSpecialCase(string gateId, IEnumerable<string> failedRuleIds)
    {
        var failed = failedRuleIds.ToHashSet(StringComparer.Ordinal);
        return SpecialCases.FirstOrDefault(c => c.Gate == gateId && failed.Contains(c.Rule));
    }

    /// <summary>
    /// The policy for a failed gate: a matching special case, else <c>on_blocking</c> when a
    /// blocking condition failed, else the gate's <c>on_fail</c>, else the default.
    /// </summary>
    public ErrorPolicy ResolveGatePolicy(string gateId, IEnumerable<string> failedRuleIds, bool anyBlocking)
    {
        if (FindSpecialCase(gateId, failedRuleIds) is { } specialCase)
        {
            return ErrorPolicies.Get(specialCase.Policy);
        }

        if (anyBlocking)
        {
            return ErrorPolicies.Get(ErrorPolicies.OnBlocking);
        }

        return ErrorPolicies.Get(GetGate(gateId).OnFail ?? ErrorPolicies.Default);
    }

    /// <summary>Same as the other overload, from an evaluation's failures.</summary>
    public ErrorPolicy ResolveGatePolicy(string gateId, IReadOnlyList<RuleOutcome> failures) =>
        ResolveGatePolicy(gateId, failures.Select(f => f.RuleId), failures.Any(f => f.Blocking));

    private static KeyNotFoundException Unknown(string kind, string id) =>
        new($"The pipeline definition has no {kind} '{id}'.");
}
