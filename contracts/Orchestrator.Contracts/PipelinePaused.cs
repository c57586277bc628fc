namespace Orchestrator.Contracts;

/// <summary>Event: the run is paused; in-flight tasks finish, nothing new starts.</summary>
/// <param name="RunId">The run.</param>
/// <param name="State">The workflow state it paused in.</param>
public sealed record PipelinePaused(Guid RunId, string State);
