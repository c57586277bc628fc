namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>What auditor_ai and principal_engineer_ai write as reviews (gates: audit, verification).</summary>
internal static class ReviewDocuments
{
    public static ScriptedDocument Summary(ScriptedContext context)
    {
        var verdict = context.Fault.Kind == FaultKind.AuditConflict ? "REJECTED" : "APPROVED";
        var recommendations = context.Bad ? "" : """

            ## Recommendations

            - Keep the order status transitions in one place and test them as a table.
            - Add a load test of the month-end peak before the first release.

            """;
        return new($"""
            # Audit Summary Report

            Run {context.RunId:N}. Audited: product_backlog.yaml, technical_plan.md, task_breakdown.yaml.

            ## Scope

            The technical plan and its task breakdown, against the backlog's acceptance criteria.

            ## Findings

            - [MINOR] The plan does not say how long order history is kept.
            - [INFO] Every backlog item maps to at least one task.
            {recommendations}
            Verdict: {verdict}

            """, new Dictionary<string, string> { ["verdict"] = verdict });
    }

    public static ScriptedDocument Validation(ScriptedContext context)
    {
        var verdict = context.Fault.Kind == FaultKind.AuditConflict ? "REJECTED" : "APPROVED";
        var checks = context.Bad ? "" : """

            ## Checks

            - [x] The architecture meets every acceptance criterion of the backlog.
            - [x] The task breakdown covers the plan; dependencies form no cycle.
            - [x] The audit's findings are minor and do not block development.

            """;
        return new($"""
            # Validation Report

            Run {context.RunId:N}. Verification of the audit by the principal engineer.

            ## Summary

            The plan is sound and the audit's findings are confirmed.
            {checks}
            Verdict: {verdict}

            """, new Dictionary<string, string> { ["verdict"] = verdict });
    }
}
