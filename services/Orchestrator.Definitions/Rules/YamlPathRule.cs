namespace Orchestrator.Definitions;

/// <summary>A value at a dotted path of a YAML artifact compares as required (every match, for <c>*</c> paths).</summary>
public sealed record YamlPathRule(
    string Id,
    string? Description,
    SourceLocation Location,
    string Artifact,
    string Path,
    CompareOperator Operator,
    string? Value)
    : GateRule(Id, Description, Location)
{
    public override RuleKind Kind => RuleKind.YamlPath;

    public override IReadOnlyList<string> Artifacts => [Artifact];

    internal override string? Check(ArtifactSet artifacts) =>
        PathCheck.Run(Artifact, artifacts.Yaml(Artifact), Path, Operator, Value);
}
