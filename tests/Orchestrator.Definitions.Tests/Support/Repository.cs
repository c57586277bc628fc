namespace Orchestrator.Definitions.Tests;

/// <summary>Finds the repository's shipped gates/ folder by walking up to Orchestrator.sln, so nothing is copied into bin/.</summary>
internal static class Repository
{
    private static readonly Lazy<PipelineDefinition> Shipped = new(() => DefinitionLoader.Load(GatesDirectory));

    public static string GatesDirectory => Path.Combine(Root, "gates");

    public static PipelineDefinition ShippedDefinition => Shipped.Value;

    public static Dictionary<string, string> ShippedSources() =>
        Directory.EnumerateFiles(GatesDirectory, "*.yaml").ToDictionary(p => Path.GetFileName(p), File.ReadAllText);

    private static string Root => RepositoryRoot.Path;
}
