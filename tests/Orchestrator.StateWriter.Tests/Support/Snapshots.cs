using Orchestrator.Contracts;

namespace Orchestrator.StateWriter.Tests.Support;

/// <summary>Snapshots shaped like the saga's: artifacts with hashes, a failed gate, attempts.</summary>
public static class Snapshots
{
    static readonly DateTimeOffset Started = new(2025, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static RunSnapshot Run(Guid runId, int version, string state = "PLANNING") => new(
        runId,
        Status: "running",
        State: state,
        PreviousState: "IDLE",
        ActiveRoles: ["planning_ai"],
        CompletedRoles: ["product_owner_ai"],
        Artifacts:
        [
            new ArtifactRef("product_backlog.yaml", "product_owner_ai", $"runs/{runId}/product_backlog.yaml", new string('a', 64), 1234),
            new ArtifactRef("technical_plan.md", "planning_ai", $"runs/{runId}/technical_plan.md", new string('b', 64), 56789),
        ],
        Gates:
        [
            new GateResult("planning", false, [new GateRuleFailure("plan-has-risks", "technical_plan.md has no 'Risks' section", true)],
                Started.AddMinutes(5)),
        ],
        Checkpoint: "IDLE",
        Attempts: new Dictionary<string, int> { ["planning_ai"] = 2 },
        LastError: null,
        Version: version,
        DefinitionHash: "sha256:" + new string('c', 64),
        StartedAt: Started,
        UpdatedAt: Started.AddMinutes(version));

    public static WorkflowStateChanged Changed(Guid runId, int version, string state = "PLANNING") =>
        new(runId, Run(runId, version, state));
}
