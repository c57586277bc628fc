namespace Orchestrator.Contracts;

/// <summary>
/// Event published by a role agent when one of its artifacts is stored. Agents in any language may publish it
/// as plain JSON (camelCase properties) to the exchange <c>Orchestrator.Contracts:ArtifactReady</c>.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="TaskId">The task id from <see cref="ExecuteRoleTask"/>.</param>
/// <param name="Role">The producing role; must match the broker-validated user of the publisher.</param>
/// <param name="Name">The artifact name, for example <c>technical_plan.md</c>.</param>
/// <param name="Location">Path relative to the artifact store root.</param>
/// <param name="Sha256">Lower-case hex sha256 of the stored content; checked by the orchestrator.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Attributes">String attributes, for example <c>status: approved</c>.</param>
public sealed record ArtifactReady(
    Guid RunId,
    Guid TaskId,
    string Role,
    string Name,
    string Location,
    string Sha256,
    long Size,
    IReadOnlyDictionary<string, string>? Attributes = null);
