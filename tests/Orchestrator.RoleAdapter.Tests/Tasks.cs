using Orchestrator.Contracts;

namespace Orchestrator.RoleAdapter.Tests;

/// <summary>Builds ExecuteRoleTask messages the way the orchestrator sends them.</summary>
public static class Tasks
{
    public static ExecuteRoleTask For(
        string role,
        IReadOnlyList<string> expectedOutputs,
        int attempt = 1,
        Guid? runId = null,
        IReadOnlyDictionary<string, string>? parameters = null,
        IReadOnlyList<ArtifactRef>? inputs = null,
        TimeSpan? deadlineIn = null) =>
        new(runId ?? Guid.NewGuid(), Guid.NewGuid(), role, "TESTING", attempt, inputs ?? [], expectedOutputs,
            DateTimeOffset.UtcNow + (deadlineIn ?? TimeSpan.FromMinutes(5)), parameters);
}
