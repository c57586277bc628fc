namespace Orchestrator.Service.Api;

/// <summary>Answer of <c>POST /state/rebuild</c>.</summary>
/// <param name="Published">How many run snapshots were published to the state writer.</param>
public sealed record StateRebuildStarted(int Published);
