namespace Orchestrator.Definitions.Tests;

public sealed class When_reports_disagree_or_lack_a_verdict
{
    [Fact]
    public async Task Should_detect_the_audit_verification_conflict_as_blocking()
    {
        var reader = SampleArtifacts.Passing()
            .Add("Validation_Report.md", SampleArtifacts.ValidationReport.Replace("Verdict: APPROVED", "Verdict: REJECTED", StringComparison.Ordinal));

        var evaluation = await GateEvaluator.EvaluateAsync(SampleArtifacts.Gate("verification"), reader);

        Assert.Equal(
            [
                "report_approves_plan: Validation_Report.md does not match /^\\s*Verdict:\\s*APPROVED\\s*$/",
                "verdicts_agree (blocking): verdict conflict: Validation_Report.md says REJECTED but Summary_Report.md says APPROVED",
            ],
            evaluation.Failures.Select(f => $"{f.RuleId}{(f.Blocking ? " (blocking)" : "")}: {f.Message}"));
        Assert.Equal("escalate_then_block", Repository.ShippedDefinition.ResolveGatePolicy("verification", evaluation.Failures).Id);
    }

    [Fact]
    public async Task Should_not_see_a_conflict_when_both_reject()
    {
        var reader = SampleArtifacts.Passing()
            .Add("Validation_Report.md", SampleArtifacts.ValidationReport.Replace("Verdict: APPROVED", "**Verdict:** rejected", StringComparison.Ordinal))
            .Add("Summary_Report.md", SampleArtifacts.SummaryReport.Replace("Verdict: APPROVED", "- Verdict: REJECTED", StringComparison.Ordinal));

        var failures = await SampleArtifacts.Failures("verification", reader);

        Assert.Equal(["report_approves_plan: Validation_Report.md does not match /^\\s*Verdict:\\s*APPROVED\\s*$/"], failures);
    }

    [Fact]
    public async Task Should_report_a_report_without_a_verdict_line()
    {
        var reader = SampleArtifacts.Passing()
            .Add("Summary_Report.md", SampleArtifacts.SummaryReport.Replace("Verdict: APPROVED", "We approve.", StringComparison.Ordinal));

        Assert.Contains(
            "verdicts_agree (blocking): Summary_Report.md has no 'Verdict: APPROVED|REJECTED' line",
            await SampleArtifacts.Failures("verification", reader));
    }

    [Fact]
    public async Task Should_report_a_verdict_outside_the_allowed_values()
    {
        var reader = SampleArtifacts.Passing()
            .Add("Validation_Report.md", SampleArtifacts.ValidationReport.Replace("Verdict: APPROVED", "Verdict: MAYBE", StringComparison.Ordinal));

        Assert.Contains(
            "verdicts_agree (blocking): Validation_Report.md has the verdict 'MAYBE', which is not one of APPROVED, REJECTED",
            await SampleArtifacts.Failures("verification", reader));
    }

    [Fact]
    public async Task Should_block_the_audit_on_a_critical_finding_and_name_its_line()
    {
        var reader = SampleArtifacts.Passing()
            .Add("Summary_Report.md", SampleArtifacts.SummaryReport.Replace("[MINOR]", "[CRITICAL]", StringComparison.Ordinal));

        Assert.Equal(
            ["no_critical_findings (blocking): Summary_Report.md must not match /\\[CRITICAL\\]/, but line 7 does: '[CRITICAL]'"],
            await SampleArtifacts.Failures("audit", reader));
    }
}
