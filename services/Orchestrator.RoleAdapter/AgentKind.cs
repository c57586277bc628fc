namespace Orchestrator.RoleAdapter;

/// <summary>Who performs the role's tasks.</summary>
public enum AgentKind
{
    /// <summary>Built in: deterministic demo artifacts, with faults for tests.</summary>
    Scripted,

    /// <summary>An external program run once per task (<c>RoleAdapter:Command</c>).</summary>
    Command,

    /// <summary>
    /// An agent that talks to the bus itself: it consumes the role's queue and publishes its own answers. The adapter
    /// takes no tasks then; the orchestrator's deadline covers an agent that never answers.
    /// </summary>
    External,
}
