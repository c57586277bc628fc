namespace Orchestrator.Definitions;

/// <summary>"Artifact X is ready, and its ArtifactReady attributes include these values."</summary>
public sealed record ArtifactCondition(
    string Artifact,
    IReadOnlyDictionary<string, string> Attributes,
    SourceLocation Location)
{
    internal FieldMarks Marks { get; init; } = FieldMarks.None;

    /// <summary>True when the artifact's published attributes carry every required value.</summary>
    public bool IsSatisfiedBy(IReadOnlyDictionary<string, string> publishedAttributes) =>
        Attributes.All(required =>
            publishedAttributes.TryGetValue(required.Key, out var actual)
            && string.Equals(actual, required.Value, StringComparison.Ordinal));
}
