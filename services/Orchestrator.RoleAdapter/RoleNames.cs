namespace Orchestrator.RoleAdapter;

/// <summary>The roles of the default pipeline (gates/pipeline.yaml); an adapter serves exactly one of them.</summary>
public static class RoleNames
{
    public const string ProductOwner = "product_owner_ai";
    public const string Planning = "planning_ai";
    public const string Auditor = "auditor_ai";
    public const string PrincipalEngineer = "principal_engineer_ai";
    public const string Codegen = "codegen_ai";
    public const string Qa = "qa_ai";
    public const string MlOps = "mlops_ai";
    public const string Documentation = "documentation_ai";
    public const string Analyst = "analyst_ai";
    public const string Observability = "observability_ai";

    public static IReadOnlyList<string> All { get; } =
        [ProductOwner, Planning, Auditor, PrincipalEngineer, Codegen, Qa, MlOps, Documentation, Analyst, Observability];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
