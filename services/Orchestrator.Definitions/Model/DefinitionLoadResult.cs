namespace Orchestrator.Definitions;

/// <summary>
/// The outcome of loading a definition: the definition when there are no problems, otherwise
/// every problem found. The hash and sources are set either way, so a caller can log what it read.
/// </summary>
public sealed record DefinitionLoadResult(
    PipelineDefinition? Definition,
    IReadOnlyList<DefinitionProblem> Problems,
    string Hash,
    IReadOnlyDictionary<string, string> Sources)
{
    public bool Succeeded => Definition is not null;

    public PipelineDefinition GetDefinitionOrThrow() => Definition ?? throw new DefinitionException(Problems);
}
