using Orchestrator.Contracts;

namespace Orchestrator.Service.Api;

/// <summary>One page of <c>GET /status</c>: runs newest first.</summary>
/// <param name="Total">How many runs exist.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Offset">How many newer runs were skipped.</param>
/// <param name="Runs">The runs of this page.</param>
public sealed record RunPage(int Total, int Limit, int Offset, IReadOnlyList<RunSnapshot> Runs);
