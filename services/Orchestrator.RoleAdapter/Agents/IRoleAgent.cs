using Orchestrator.Contracts;

namespace Orchestrator.RoleAdapter.Agents;

/// <summary>Performs one task of a role. Failures the operator should see are results, not exceptions.</summary>
public interface IRoleAgent
{
    Task<AgentResult> RunAsync(ExecuteRoleTask task, AgentWorkspace workspace, CancellationToken cancellationToken);
}
