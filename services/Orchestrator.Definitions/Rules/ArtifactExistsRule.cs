namespace Orchestrator.Definitions;

/// <summary>The artifact has been published for the run (the evaluator reports it when it has not).</summary>
public sealed record ArtifactExistsRule(string Id, string? Description, SourceLocation Location, string Artifact)
    : GateRule(Id, Description, Location)
{
    public override RuleKind Kind => RuleKind.ArtifactExists;

    public override IReadOnlyList<string> Artifacts => [Artifact];

    internal override string? Check(ArtifactSet artifacts) => null;
}
