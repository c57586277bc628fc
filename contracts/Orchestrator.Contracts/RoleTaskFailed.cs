namespace Orchestrator.Contracts;

/// <summary>Event: a role could not finish a task. The role's error policy decides what follows.</summary>
/// <param name="RunId">The run.</param>
/// <param name="TaskId">The task id from <see cref="ExecuteRoleTask"/>.</param>
/// <param name="Role">The role.</param>
/// <param name="Attempt">The attempt from <see cref="ExecuteRoleTask"/>.</param>
/// <param name="Reason">What went wrong, readable by an operator (for a program: exit code and the tail of its output).</param>
public sealed record RoleTaskFailed(Guid RunId, Guid TaskId, string Role, int Attempt, string Reason);
