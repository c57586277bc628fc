namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>What the scripted documents are written from; nothing in it varies between deliveries of one task.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Role">The role writing.</param>
/// <param name="Fault">The fault to play in the content (bad-artifact, audit-conflict, incomplete-plan).</param>
/// <param name="TaskIds">The task ids of the run's breakdown (read from task_breakdown.yaml when it is an input).</param>
public sealed record ScriptedContext(Guid RunId, string Role, RoleFault Fault, IReadOnlyList<string> TaskIds)
{
    public bool Bad => Fault.Kind == FaultKind.BadArtifact;

    public string ShortRunId => RunId.ToString("N")[..8];
}
