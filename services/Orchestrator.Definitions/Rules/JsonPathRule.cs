namespace Orchestrator.Definitions;

/// <summary>A value at a dotted path of a JSON artifact compares as required (every match, for <c>*</c> paths).</summary>
public sealed record JsonPathRule(
    string Id,
    string? Description,
    SourceLocation Location,
    string Artifact,
    string Path,
    CompareOperator Operator,
    string? Value)
    : GateRule(Id, Description, Location)
{
    public override RuleKind Kind => RuleKind.JsonPath;

    public override IReadOnlyList<string> Artifacts => [Artifact];

    internal override string? Check(ArtifactSet artifacts) =>
        PathCheck.Run(Artifact, artifacts.Json(Artifact), Path, Operator, Value);
}
