namespace Orchestrator.Definitions.Tests;

/// <summary>A run's artifacts as the roles would publish them, passing every shipped gate; tests spoil one at a time.</summary>
internal static class SampleArtifacts
{
    public const string Backlog = """
        items:
          - id: PB-1
            title: Customers can export invoices as CSV
            priority: high
          - id: PB-2
            title: Exports are limited to the customer's own invoices
            priority: high

        """;

    public const string TechnicalPlan = """
        # Invoice export

        ## Overview
        Add a CSV export of invoices to the billing service, behind the existing customer login.

        ## Architecture
        A new endpoint streams rows from the invoices table; filtering by customer happens in SQL.

        ## Risks
        Large exports could time out; stream the response and cap the date range.

        """;

    public const string TaskBreakdown = """
        tasks:
          - id: T-1
            title: Export endpoint
          - id: T-2
            title: CSV writer
          - id: T-3
            title: Customer filter
          - id: T-10
            title: Load test

        """;

    public const string SummaryReport = """
        # Audit summary

        ## Scope
        The technical plan and the task breakdown of the invoice export.

        ## Findings
        - [MINOR] The date range cap is not specified.

        ## Recommendations
        Cap exports at twelve months.

        Verdict: APPROVED

        """;

    public const string ValidationReport = """
        # Validation

        ## Summary
        The audit's findings are confirmed.

        ## Checks
        - Plan and breakdown agree.

        Verdict: APPROVED

        """;

    public const string FinalPlan = """
        # Final implementation plan

        ## Implementation Steps
        1. Build the export endpoint (T-1) and the CSV writer (T-2).
        2. Filter by customer in SQL (T-3).
        3. Load test with a year of invoices (T-10).

        ## Task Mapping
        | task | step |
        |------|------|
        | T-1  | 1    |

        """;

    public const string TestResults = """{ "status": "PASS", "total": 42, "passed": 42, "failed": 0 }""";

    public const string DeploymentConfig = """
        environment: staging
        image: registry.local/billing:1.4.0
        replicas: 2
        health_check:
          path: /healthz
        rollback:
          strategy: previous_image

        """;

    public static readonly IReadOnlyDictionary<string, string> Approved = new Dictionary<string, string> { ["status"] = "approved" };

    public static InMemoryArtifactReader Passing() =>
        new InMemoryArtifactReader()
            .Add("product_backlog.yaml", Backlog)
            .Add("technical_plan.md", TechnicalPlan, Approved)
            .Add("task_breakdown.yaml", TaskBreakdown)
            .Add("Summary_Report.md", SummaryReport)
            .Add("Validation_Report.md", ValidationReport)
            .Add("Final_Implementation_Plan.md", FinalPlan)
            .Add("source_code", new ArtifactContent(new byte[] { 0x1f, 0x8b, 0x08, 0x00 }))
            .Add("test_results.json", TestResults)
            .Add("deployment_config", DeploymentConfig);

    public static GateDefinition Gate(string id) => Repository.ShippedDefinition.GetGate(id);

    /// <summary>The failures as "rule (blocking): message" lines, to compare whole outcomes at once.</summary>
    public static async Task<IReadOnlyList<string>> Failures(string gate, IArtifactReader reader)
    {
        var evaluation = await GateEvaluator.EvaluateAsync(Gate(gate), reader);
        Assert.Equal(evaluation.Failures.Count == 0, evaluation.Passed);
        return evaluation.Failures.Select(f => $"{f.RuleId}{(f.Blocking ? " (blocking)" : "")}: {f.Message}").ToList();
    }
}
