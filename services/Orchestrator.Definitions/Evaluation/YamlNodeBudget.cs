namespace Orchestrator.Definitions;

/// <summary>Counts converted nodes so an alias bomb ends in an error, not an out-of-memory crash.</summary>
internal sealed class YamlNodeBudget
{
    private int remaining = YamlLimits.MaxNodes;

    public bool TryTake() => --remaining >= 0;
}
