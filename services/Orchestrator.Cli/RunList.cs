using Orchestrator.Contracts;

namespace Orchestrator.Cli;

/// <summary>The body of the API's <c>GET /status</c>: one page of runs, newest first.</summary>
internal sealed record RunList(int Total, int Limit, int Offset, List<RunSnapshot> Runs);
