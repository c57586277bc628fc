namespace Orchestrator.Service.Api;

/// <summary>Body of <c>POST /run_pipeline</c>; every field is optional.</summary>
/// <param name="RunId">The new run's id; a fresh one when absent. Choosing it makes a retried request safe.</param>
/// <param name="Parameters">Run parameters handed to every role task, for example <c>fault.qa_ai: fail</c>.</param>
/// <param name="RequestedBy">Who asks; <c>control-api</c> when absent.</param>
public sealed record StartRunRequest(Guid? RunId, Dictionary<string, string>? Parameters, string? RequestedBy);
