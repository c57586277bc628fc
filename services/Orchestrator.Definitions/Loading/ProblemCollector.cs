namespace Orchestrator.Definitions;

/// <summary>Collects problems instead of throwing, so one load reports everything that is wrong.</summary>
internal sealed class ProblemCollector
{
    private readonly List<DefinitionProblem> problems = [];

    public int Count => problems.Count;

    public void Add(SourceLocation at, string message) => problems.Add(new DefinitionProblem(at, message));

    /// <summary>Problems in file order, then line and column, as an editor would list them.</summary>
    public IReadOnlyList<DefinitionProblem> Sorted() =>
        problems
            .OrderBy(p => p.Location.File, StringComparer.Ordinal)
            .ThenBy(p => p.Location.Line)
            .ThenBy(p => p.Location.Column)
            .ToList();
}
