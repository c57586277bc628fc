namespace Orchestrator.Definitions;

internal sealed record DataMap(IReadOnlyDictionary<string, DataNode> Entries) : DataNode
{
    public override string Describe() => "a mapping";
}
