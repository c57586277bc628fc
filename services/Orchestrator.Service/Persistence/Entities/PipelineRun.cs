using MassTransit;

namespace Orchestrator.Service.Persistence.Entities;

/// <summary>The saga instance of one run: a row of table <c>runs</c>.</summary>
public sealed class PipelineRun : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }

    /// <summary>The state machine's state (control status: Running, Paused, Halted, …).</summary>
    public string CurrentState { get; set; } = null!;

    /// <summary>Incremented by every change; orders the snapshots the state writer receives.</summary>
    public int Version { get; set; }

    public string DefinitionHash { get; set; } = "";
    public string WorkflowState { get; set; } = "IDLE";
    public string? PreviousWorkflowState { get; set; }
    public string? Checkpoint { get; set; }
    public string? LastError { get; set; }
    public string RequestedBy { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>What the current message's step decided, applied by the state machine's last activity; not stored.</summary>
    public Runs.RunEffects? Effects { get; set; }

    public string? PendingStatus => Effects?.NewStatus;

    /// <summary>Roles, tasks, artifacts and gate results, stored as one jsonb document.</summary>
    public RunProgress Progress { get; set; } = new();
}
