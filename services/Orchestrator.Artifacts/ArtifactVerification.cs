namespace Orchestrator.Artifacts;

/// <summary>What <see cref="ArtifactStore.VerifyAsync"/> found at a location.</summary>
/// <param name="Location">The location that was checked.</param>
/// <param name="Exists">False when no file is stored there.</param>
/// <param name="ActualSha256">Lower-case hex sha256 of the stored content; null when the file does not exist.</param>
/// <param name="Size">Size in bytes of the stored content; 0 when the file does not exist.</param>
/// <param name="Matches">True when the file exists and its hash equals the expected one.</param>
public sealed record ArtifactVerification(string Location, bool Exists, string? ActualSha256, long Size, bool Matches);
