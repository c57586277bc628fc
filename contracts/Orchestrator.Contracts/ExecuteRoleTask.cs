namespace Orchestrator.Contracts;

/// <summary>Command sent to a role's queue (for example <c>role-qa-ai</c>): perform one task of a run.</summary>
/// <param name="RunId">The run the task belongs to.</param>
/// <param name="TaskId">Unique id of this task attempt; echo it in every reply.</param>
/// <param name="Role">The role that must perform the task, for example <c>qa_ai</c>.</param>
/// <param name="State">The workflow state that asked for the task, for example <c>TESTING</c>.</param>
/// <param name="Attempt">1 for the first attempt, then 2, 3… when the error policy retries.</param>
/// <param name="Inputs">Artifacts the role may read, relative to the artifact store root.</param>
/// <param name="ExpectedOutputs">Artifact names the role must publish with <see cref="ArtifactReady"/>.</param>
/// <param name="Deadline">When the orchestrator stops waiting and applies the role's error policy.</param>
/// <param name="Parameters">The run's parameters, as given to <see cref="StartPipeline"/>.</param>
public sealed record ExecuteRoleTask(
    Guid RunId,
    Guid TaskId,
    string Role,
    string State,
    int Attempt,
    IReadOnlyList<ArtifactRef> Inputs,
    IReadOnlyList<string> ExpectedOutputs,
    DateTimeOffset Deadline,
    IReadOnlyDictionary<string, string>? Parameters = null);
