namespace Orchestrator.Definitions;

/// <summary>How an artifact's bytes are read; rule kinds check that they apply to the format.</summary>
public enum ArtifactFormat
{
    Json,
    Yaml,
    Markdown,
    Text,
    Binary,
}
