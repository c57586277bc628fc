namespace Orchestrator.Definitions;

public enum PolicyAction
{
    /// <summary>Move the run to the hold state (BLOCKED) until an operator resumes it.</summary>
    Block,

    /// <summary>Raise an escalation to a human and wait; follow <c>on_exhausted</c> when no answer comes.</summary>
    Escalate,

    /// <summary>Halt the run; it can be resumed from its last checkpoint.</summary>
    HaltPipeline,

    /// <summary>Wait (back-off) and retry; follow <c>on_exhausted</c> when the attempts run out.</summary>
    WaitRetry,
}
