namespace Orchestrator.Definitions;

/// <summary>
/// One step of a state's main line: a single role, or a parallel group whose roles are
/// dispatched together. The next step starts when every output of this one is ready.
/// </summary>
public sealed record StepDefinition(bool Parallel, IReadOnlyList<RoleAssignment> Roles, SourceLocation Location);
