namespace Orchestrator.Definitions;

/// <summary>An <see cref="IArtifactReader"/> over a dictionary: for tests and dry runs.</summary>
public sealed class InMemoryArtifactReader : IArtifactReader
{
    private readonly Dictionary<string, ArtifactContent> artifacts = new(StringComparer.Ordinal);

    public InMemoryArtifactReader Add(string artifact, string text, IReadOnlyDictionary<string, string>? attributes = null)
    {
        artifacts[artifact] = ArtifactContent.FromText(text, attributes);
        return this;
    }

    public InMemoryArtifactReader Add(string artifact, ArtifactContent content)
    {
        artifacts[artifact] = content;
        return this;
    }

    public bool Remove(string artifact) => artifacts.Remove(artifact);

    public Task<ArtifactContent?> ReadAsync(string artifact, CancellationToken cancellationToken) =>
        Task.FromResult(artifacts.GetValueOrDefault(artifact));
}
