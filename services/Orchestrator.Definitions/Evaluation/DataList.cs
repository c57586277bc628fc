namespace Orchestrator.Definitions;

internal sealed record DataList(IReadOnlyList<DataNode> Items) : DataNode
{
    public override string Describe() => "a list";
}
