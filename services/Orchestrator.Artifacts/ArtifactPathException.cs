namespace Orchestrator.Artifacts;

/// <summary>An artifact location or name that is malformed or would leave the store's root.</summary>
public sealed class ArtifactPathException(string message) : Exception(message);
