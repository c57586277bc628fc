namespace Orchestrator.Service.Api;

/// <summary>Body of <c>POST /halt|pause|resume|stop/{runId}</c>.</summary>
/// <param name="Reason">Why; required by halt and stop, shown in the run's status and history.</param>
/// <param name="RequestedBy">Who asks; <c>control-api</c> when absent.</param>
public sealed record ControlRequest(string? Reason, string? RequestedBy);
