namespace Orchestrator.Service.Persistence.Entities;

/// <summary>A pipeline definition as a run pinned it: the YAML files by name, keyed by their hash.</summary>
public sealed class DefinitionSnapshot
{
    public string Hash { get; set; } = "";
    public Dictionary<string, string> Files { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}
