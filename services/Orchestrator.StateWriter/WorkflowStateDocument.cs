namespace Orchestrator.StateWriter;

/// <summary>The whole of <c>workflow_state.json</c> (format: docs/workflow-state.md).</summary>
/// <param name="Version">Increases by one with every write, so a reader can tell a newer file from an older one.</param>
/// <param name="UpdatedAt">When this version was written.</param>
/// <param name="Runs">Every run, keyed by run id.</param>
internal sealed record WorkflowStateDocument(long Version, DateTimeOffset UpdatedAt, IReadOnlyDictionary<Guid, RunState> Runs)
{
    public static WorkflowStateDocument Empty { get; } = new(0, DateTimeOffset.MinValue, new Dictionary<Guid, RunState>());
}
