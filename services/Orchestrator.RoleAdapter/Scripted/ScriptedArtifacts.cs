using Orchestrator.RoleAdapter.Agents;

namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>The scripted content of every artifact of the default pipeline, by artifact name.</summary>
internal static class ScriptedArtifacts
{
    public static AgentOutput Create(string name, ScriptedContext context)
    {
        var document = name switch
        {
            "product_backlog.yaml" => PlanningDocuments.Backlog(context),
            "technical_plan.md" => PlanningDocuments.TechnicalPlan(context),
            "task_breakdown.yaml" => PlanningDocuments.TaskBreakdown(context),
            "Summary_Report.md" => ReviewDocuments.Summary(context),
            "Validation_Report.md" => ReviewDocuments.Validation(context),
            "Final_Implementation_Plan.md" => SynthesisDocument.FinalPlan(context),
            "source_code" => DeliveryDocuments.SourceCode(context),
            "test_results.json" => DeliveryDocuments.TestResults(context),
            "deployment_config" => DeliveryDocuments.DeploymentConfig(context),
            "documentation.md" => SupportDocuments.Documentation(context),
            "analysis_report.md" => SupportDocuments.Analysis(context),
            "monitoring_plan.md" => SupportDocuments.MonitoringPlan(context),
            _ => SupportDocuments.Generic(name, context),
        };
        return document.ToOutput(name);
    }
}
