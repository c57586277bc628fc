namespace Orchestrator.Artifacts;

/// <summary>An artifact as written to the store.</summary>
/// <param name="Name">The artifact name, for example <c>technical_plan.md</c>.</param>
/// <param name="Location">Path relative to the store root with forward slashes: <c>runs/{runId:N}/{name}</c>.</param>
/// <param name="Sha256">Lower-case hex sha256 of the content.</param>
/// <param name="Size">Size in bytes.</param>
public sealed record StoredArtifact(string Name, string Location, string Sha256, long Size);
