namespace Orchestrator.Contracts;

/// <summary>Event: a role finished a task after publishing all its artifacts.</summary>
/// <param name="RunId">The run.</param>
/// <param name="TaskId">The task id from <see cref="ExecuteRoleTask"/>.</param>
/// <param name="Role">The role.</param>
/// <param name="Attempt">The attempt from <see cref="ExecuteRoleTask"/>.</param>
public sealed record RoleTaskCompleted(Guid RunId, Guid TaskId, string Role, int Attempt);
