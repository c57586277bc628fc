namespace Orchestrator.Definitions;

/// <summary>
/// Reads the artifacts of one run by name, so gate evaluation stays independent of where
/// they are kept (the artifact store in the gates service, a dictionary in tests).
/// </summary>
public interface IArtifactReader
{
    /// <summary>The artifact's content and attributes, or null when the run has no such artifact.</summary>
    Task<ArtifactContent?> ReadAsync(string artifact, CancellationToken cancellationToken);
}
