namespace Orchestrator.Definitions;

/// <summary>The ArtifactReady that published the artifact carried an attribute with this exact value.</summary>
public sealed record AttributeEqualsRule(
    string Id,
    string? Description,
    SourceLocation Location,
    string Artifact,
    string Attribute,
    string Value)
    : GateRule(Id, Description, Location)
{
    public override RuleKind Kind => RuleKind.AttributeEquals;

    public override IReadOnlyList<string> Artifacts => [Artifact];

    internal override string? Check(ArtifactSet artifacts)
    {
        if (!artifacts.Get(Artifact).Attributes.TryGetValue(Attribute, out var actual))
        {
            return $"{Artifact} was published without the attribute {Attribute} (expected {Attribute}: {Value})";
        }

        return string.Equals(actual, Value, StringComparison.Ordinal)
            ? null
            : $"{Artifact} has {Attribute}: {actual}, expected {Attribute}: {Value}";
    }
}
