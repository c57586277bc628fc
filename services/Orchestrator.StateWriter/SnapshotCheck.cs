using Orchestrator.Contracts;

namespace Orchestrator.StateWriter;

/// <summary>
/// Agents and tools in other languages can publish plain JSON, so a field the contract declares non-null may still
/// arrive null. Such a message is rejected with the reason instead of writing a run the file format cannot describe.
/// </summary>
internal static class SnapshotCheck
{
    /// <returns>What is wrong with the message, or null when it can be applied.</returns>
    public static string? Problem(WorkflowStateChanged message)
    {
        var snapshot = message.Snapshot;
        if (snapshot is null)
            return "'snapshot' is missing";
        if (message.RunId == Guid.Empty)
            return "'runId' is empty";
        if (snapshot.RunId != message.RunId)
            return $"'snapshot.runId' is {snapshot.RunId} but the message is for run {message.RunId}";
        if (string.IsNullOrWhiteSpace(snapshot.Status) || string.IsNullOrWhiteSpace(snapshot.State))
            return "'snapshot.status' and 'snapshot.state' must be set";
        if (snapshot.DefinitionHash is null)
            return "'snapshot.definitionHash' is missing";
        if (snapshot.ActiveRoles is null || snapshot.CompletedRoles is null || snapshot.Artifacts is null
            || snapshot.Gates is null || snapshot.Attempts is null)
            return "'snapshot.activeRoles', 'completedRoles', 'artifacts', 'gates' and 'attempts' must be present (use [] or {} when empty)";
        return null;
    }
}
