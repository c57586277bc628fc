namespace Orchestrator.Definitions;

/// <summary>
/// A gate: every rule must pass. A failed validation rule is retryable (the gate's
/// <c>on_fail</c> policy); a failed blocking condition is reported as blocking and follows
/// the pipeline's <c>on_blocking</c> policy.
/// </summary>
public sealed record GateDefinition(
    string Id,
    string? Description,
    IReadOnlyList<string> RequiredInputs,
    IReadOnlyList<GateRule> ValidationRules,
    IReadOnlyList<GateRule> BlockingConditions,
    string? OnFail,
    SourceLocation Location)
{
    internal FieldMarks Marks { get; init; } = FieldMarks.None;

    public IEnumerable<GateRule> AllRules => ValidationRules.Concat(BlockingConditions);

    public bool IsBlocking(GateRule rule) => BlockingConditions.Contains(rule);
}
