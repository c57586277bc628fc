namespace Orchestrator.Definitions;

/// <summary>One thing wrong with a definition, shown as <c>gates/file.yaml:line:col: message</c>.</summary>
public sealed record DefinitionProblem(SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: {Message}";
}
