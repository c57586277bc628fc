namespace Orchestrator.Definitions;

/// <summary>Thrown when a definition has problems; <see cref="Problems"/> holds all of them, not just the first.</summary>
public sealed class DefinitionException : Exception
{
    public DefinitionException(IReadOnlyList<DefinitionProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<DefinitionProblem> Problems { get; }

    private static string Describe(IReadOnlyList<DefinitionProblem> problems) =>
        $"The pipeline definition has {problems.Count} problem{(problems.Count == 1 ? "" : "s")}:"
        + string.Concat(problems.Select(p => Environment.NewLine + p));
}
