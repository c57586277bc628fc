namespace Orchestrator.Service.Persistence.Entities;

/// <summary>One row of the append-only ledger <c>run_history</c>: a transition, an artifact, a gate decision or a refusal.</summary>
public sealed class RunHistoryEntry
{
    public long Id { get; set; }
    public Guid RunId { get; set; }
    public int SagaVersion { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>transition, artifact, gate, command, refusal, error.</summary>
    public string Kind { get; set; } = "";

    public string? FromState { get; set; }
    public string? ToState { get; set; }
    public string Detail { get; set; } = "";

    /// <summary>Artifact name → sha256 of the artifacts the entry is about.</summary>
    public Dictionary<string, string> ArtifactHashes { get; set; } = [];
}
