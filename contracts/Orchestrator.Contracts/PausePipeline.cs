namespace Orchestrator.Contracts;

/// <summary>Command: pause a run. In-flight role tasks finish and are recorded; nothing new starts until RESUME.</summary>
/// <param name="RunId">The run to pause.</param>
/// <param name="RequestedBy">Who asked.</param>
public sealed record PausePipeline(Guid RunId, string RequestedBy);
