namespace Orchestrator.Definitions;

/// <summary>One concrete place a path leads to; <paramref name="Node"/> is null when nothing is there.</summary>
internal sealed record PathMatch(string Path, DataNode? Node);
