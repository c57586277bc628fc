namespace Orchestrator.Service.Api;

/// <summary>The body of every 4xx answer: one sentence that says what is wrong and what to do.</summary>
public sealed record ApiError(string Error);
