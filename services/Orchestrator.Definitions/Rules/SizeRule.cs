namespace Orchestrator.Definitions;

/// <summary>The artifact's size in bytes lies within the bounds given (either may be omitted).</summary>
public sealed record SizeRule(
    string Id,
    string? Description,
    SourceLocation Location,
    string Artifact,
    long? MinBytes,
    long? MaxBytes)
    : GateRule(Id, Description, Location)
{
    public override RuleKind Kind => RuleKind.Size;

    public override IReadOnlyList<string> Artifacts => [Artifact];

    internal override string? Check(ArtifactSet artifacts)
    {
        var size = artifacts.Get(Artifact).Bytes.Length;
        if (size < MinBytes)
        {
            return $"{Artifact} is {size} bytes, below the minimum of {MinBytes}";
        }

        return size > MaxBytes ? $"{Artifact} is {size} bytes, above the maximum of {MaxBytes}" : null;
    }
}
