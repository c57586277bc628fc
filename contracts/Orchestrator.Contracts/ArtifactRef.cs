namespace Orchestrator.Contracts;

/// <summary>A stored artifact, as named in tasks, gate requests and snapshots.</summary>
/// <param name="Name">The artifact's name, for example <c>technical_plan.md</c>.</param>
/// <param name="Role">The role that produced it.</param>
/// <param name="Location">Path relative to the artifact store root, for example <c>runs/{runId}/technical_plan.md</c>.</param>
/// <param name="Sha256">Lower-case hex sha256 of the content.</param>
/// <param name="Size">Size in bytes.</param>
public sealed record ArtifactRef(string Name, string Role, string Location, string Sha256, long Size);
