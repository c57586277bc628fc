namespace Orchestrator.Definitions;

/// <summary>
/// The verdict line of <paramref name="Artifact"/> (for example the principal engineer's
/// Validation_Report.md) agrees with the one of <paramref name="Against"/> (the auditor's
/// Summary_Report.md). Disagreement is the audit/verification conflict.
/// </summary>
public sealed record VerdictConflictRule(
    string Id,
    string? Description,
    SourceLocation Location,
    string Artifact,
    string Against,
    string Label,
    IReadOnlyList<string> Values)
    : GateRule(Id, Description, Location)
{
    public static readonly IReadOnlyList<string> DefaultValues = ["APPROVED", "REJECTED"];

    public const string DefaultLabel = "Verdict";

    public override RuleKind Kind => RuleKind.VerdictConflict;

    public override IReadOnlyList<string> Artifacts => [Artifact, Against];

    internal override string? Check(ArtifactSet artifacts)
    {
        var (verdict, problem) = VerdictReader.Read(artifacts.Text(Artifact), Label, Values);
        if (problem is not null)
        {
            return $"{Artifact} {problem}";
        }

        var (otherVerdict, otherProblem) = VerdictReader.Read(artifacts.Text(Against), Label, Values);
        if (otherProblem is not null)
        {
            return $"{Against} {otherProblem}";
        }

        return verdict == otherVerdict
            ? null
            : $"verdict conflict: {Artifact} says {verdict} but {Against} says {otherVerdict}";
    }
}
