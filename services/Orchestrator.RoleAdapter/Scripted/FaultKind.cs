namespace Orchestrator.RoleAdapter.Scripted;

public enum FaultKind
{
    None,

    /// <summary>Every attempt fails (RoleTaskFailed).</summary>
    Fail,

    /// <summary>The first N attempts fail, later ones succeed.</summary>
    Flake,

    /// <summary>No answer at all until the task's deadline passes.</summary>
    Hang,

    /// <summary>The artifacts are published but fail their gate.</summary>
    BadArtifact,

    /// <summary>The role's verdict is REJECTED where the other reviewer approves.</summary>
    AuditConflict,

    /// <summary>The final implementation plan leaves out a task id of the breakdown.</summary>
    IncompletePlan,
}
