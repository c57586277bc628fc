namespace Orchestrator.Artifacts;

/// <summary>Where the artifact store keeps its files. Bound from the <c>Artifacts</c> section (environment: <c>Artifacts__Root</c>).</summary>
public sealed class ArtifactStoreOptions
{
    public const string Section = "Artifacts";

    /// <summary>The store's root folder; a relative path is taken from the process's working directory.</summary>
    public string Root { get; set; } = ".local/artifacts";
}
