namespace Orchestrator.Definitions;

/// <summary>A scalar as written; <paramref name="Text"/> is null for a JSON or YAML null.</summary>
internal sealed record DataScalar(string? Text) : DataNode
{
    public override string Describe() => Text is null ? "null" : $"'{Text}'";
}
