using Orchestrator.Contracts;

namespace Orchestrator.RoleAdapter.Agents;

/// <summary>
/// For agents that talk to the bus themselves and publish their own ArtifactReady and RoleTaskCompleted/RoleTaskFailed:
/// the adapter publishes nothing for the task and only logs the hand-over; the orchestrator's deadline covers an
/// agent that never answers.
/// </summary>
public sealed class ExternalAgent : IRoleAgent
{
    public Task<AgentResult> RunAsync(ExecuteRoleTask task, AgentWorkspace workspace, CancellationToken cancellationToken) =>
        Task.FromResult(AgentResult.NoReply("handed to the external agent, which publishes its own events"));
}
