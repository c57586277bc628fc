namespace Orchestrator.Definitions;

/// <summary>
/// The named policies, the default one, the one for failed blocking conditions, and
/// per-role overrides (per-gate overrides live in each gate file's <c>on_fail</c>).
/// </summary>
public sealed record ErrorPolicySet(
    string Default,
    string OnBlocking,
    IReadOnlyList<ErrorPolicy> Policies,
    IReadOnlyDictionary<string, string> RoleOverrides,
    SourceLocation Location)
{
    internal FieldMarks Marks { get; init; } = FieldMarks.None;

    public ErrorPolicy Get(string policyId) =>
        Policies.FirstOrDefault(p => p.Id == policyId)
        ?? throw new KeyNotFoundException($"No error policy '{policyId}' is defined.");

    /// <summary>The policy that follows when <paramref name="policy"/> has run out, or null for BLOCK and HALT_PIPELINE.</summary>
    public ErrorPolicy? WhenExhausted(ErrorPolicy policy) =>
        policy.OnExhausted is null ? null : Get(policy.OnExhausted);
}
