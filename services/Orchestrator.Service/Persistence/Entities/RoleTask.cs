namespace Orchestrator.Service.Persistence.Entities;

/// <summary>A task dispatched to a role, remembered so replies can be matched and checked.</summary>
public sealed record RoleTask(
    string Role, string State, int Attempt, IReadOnlyList<string> ExpectedOutputs, DateTimeOffset DispatchedAt, DateTimeOffset Deadline,
    bool Completed = false);
