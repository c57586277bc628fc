namespace Orchestrator.Definitions;

public enum HandoffMode
{
    /// <summary>The target roles are dispatched one after another, in the listed order.</summary>
    Sequential,

    /// <summary>The target roles are dispatched together.</summary>
    Parallel,
}
