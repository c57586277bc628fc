namespace Orchestrator.Service.Runs;

/// <summary>The control status of a run as operators read it (the saga's state names, lower-case in snapshots).</summary>
public static class RunStatus
{
    public const string Running = "running";
    public const string Paused = "paused";
    public const string Halted = "halted";
    public const string Blocked = "blocked";
    public const string Stopped = "stopped";
    public const string Completed = "completed";
}
