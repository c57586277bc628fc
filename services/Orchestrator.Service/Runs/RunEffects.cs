using Orchestrator.Contracts;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Runs;

/// <summary>What one step of a run decided: messages to send and ledger rows to append, applied after the decision.</summary>
public sealed class RunEffects
{
    public List<ExecuteRoleTask> Tasks { get; } = [];
    public List<EvaluateGate> GateRequests { get; } = [];
    public List<RunHistoryEntry> History { get; } = [];
    public List<object> Events { get; } = [];
    public List<ScheduledWork> Scheduled { get; } = [];
    public bool Changed { get; set; }

    /// <summary>The control status the run must move to, when the step changed it (Blocked, Halted, Completed).</summary>
    public string? NewStatus { get; set; }
}
