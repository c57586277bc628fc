namespace Orchestrator.Definitions;

public enum StateKind
{
    /// <summary>Where a run waits for START; it then moves to the state's <c>next</c>.</summary>
    Initial,

    /// <summary>Dispatches its roles, waits for their outputs, then asks its gate.</summary>
    Work,

    /// <summary>Dispatches nothing; waits for an operator (BLOCKED).</summary>
    Hold,
}
