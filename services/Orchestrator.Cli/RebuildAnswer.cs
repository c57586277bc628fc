namespace Orchestrator.Cli;

/// <summary>The body of the API's <c>POST /state/rebuild</c>.</summary>
internal sealed record RebuildAnswer(int Published);
