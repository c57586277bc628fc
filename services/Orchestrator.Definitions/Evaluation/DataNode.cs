namespace Orchestrator.Definitions;

/// <summary>A JSON or YAML document reduced to what path rules need: mappings, lists and scalars.</summary>
internal abstract record DataNode
{
    public abstract string Describe();
}
