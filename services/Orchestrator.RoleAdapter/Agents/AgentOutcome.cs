namespace Orchestrator.RoleAdapter.Agents;

public enum AgentOutcome
{
    /// <summary>The outputs are ready to be stored and announced.</summary>
    Succeeded,

    /// <summary>The task failed; the reason goes into RoleTaskFailed.</summary>
    Failed,

    /// <summary>The adapter must not answer (an external agent answers itself, or a fault plays dead).</summary>
    NoReply,
}
