namespace Orchestrator.Contracts;

/// <summary>Command sent to the gate service: evaluate a gate against the run's artifacts.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Gate">The gate id, for example <c>quality_assurance</c>.</param>
/// <param name="State">The workflow state the gate closes.</param>
/// <param name="Artifacts">The run's artifacts known to the orchestrator.</param>
/// <param name="DefinitionHash">Hash of the pinned definition the run started with.</param>
/// <param name="Attributes">Artifact attributes by artifact name (for example <c>status: approved</c>).</param>
public sealed record EvaluateGate(
    Guid RunId,
    string Gate,
    string State,
    IReadOnlyList<ArtifactRef> Artifacts,
    string DefinitionHash,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Attributes = null);
