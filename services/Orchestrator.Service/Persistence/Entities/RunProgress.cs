using Orchestrator.Contracts;

namespace Orchestrator.Service.Persistence.Entities;

/// <summary>The collections of a run, kept together in the <c>progress</c> jsonb column of <c>runs</c>.</summary>
public sealed class RunProgress
{
    public List<string> ActiveRoles { get; set; } = [];
    public List<string> CompletedRoles { get; set; } = [];
    public List<ArtifactRef> Artifacts { get; set; } = [];
    public Dictionary<string, Dictionary<string, string>> ArtifactAttributes { get; set; } = [];
    public List<GateResult> Gates { get; set; } = [];
    public Dictionary<string, int> Attempts { get; set; } = [];
    public Dictionary<Guid, RoleTask> Tasks { get; set; } = [];
    public Dictionary<string, string> Parameters { get; set; } = [];

    /// <summary>The step of the current workflow state whose roles may be dispatched.</summary>
    public int StepIndex { get; set; }

    /// <summary>Roles dispatched in the current workflow state, and those of them that completed.</summary>
    public List<string> StateDispatched { get; set; } = [];

    public List<string> StateCompleted { get; set; } = [];

    /// <summary>Failed evaluations so far by gate, for the gate's WAIT_RETRY attempts.</summary>
    public Dictionary<string, int> GateAttempts { get; set; } = [];

    /// <summary>True while the current state's gate is being evaluated, so it is asked once.</summary>
    public bool GatePending { get; set; }
}
