using Orchestrator.Contracts;

namespace Orchestrator.StateWriter.Tests.Support;

/// <summary>A finished run of the full pipeline: every role's artifacts and every gate, the heaviest entry the file holds.</summary>
public static class BenchmarkRuns
{
    static readonly string[] Roles =
    [
        "product_owner_ai", "planning_ai", "auditor_ai", "principal_engineer_ai", "codegen_ai", "qa_ai", "mlops_ai",
        "documentation_ai", "analyst_ai", "observability_ai",
    ];

    static readonly string[] Gates =
        ["planning", "audit", "verification", "synthesis", "code_generation", "quality_assurance", "deployment"];

    public static RunSnapshot Completed(Guid runId, int version)
    {
        var at = DateTimeOffset.UtcNow;
        var artifacts = Roles
            .Select((role, i) => new ArtifactRef($"{role}_output_{i}.md", role, $"runs/{runId}/{role}_output_{i}.md",
                Convert.ToHexStringLower(runId.ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()), 10_000 + i))
            .ToArray();
        var gates = Gates.Select(gate => new GateResult(gate, true, [], at)).ToArray();
        return new RunSnapshot(runId, "completed", "MONITORING", "DEPLOYMENT", [], Roles, artifacts, gates, "DEPLOYMENT",
            Roles.ToDictionary(role => role, _ => 1), null, version, "sha256:" + new string('d', 64), at, at);
    }
}
