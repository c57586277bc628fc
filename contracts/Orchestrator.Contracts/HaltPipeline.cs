namespace Orchestrator.Contracts;

/// <summary>Command (trigger <c>/halt</c>): emergency stop. Nothing new starts; in-flight results are recorded but not acted on until RESUME.</summary>
/// <param name="RunId">The run to halt.</param>
/// <param name="Reason">Why the run is halted; shown in the status and the run history.</param>
/// <param name="RequestedBy">Who asked.</param>
public sealed record HaltPipeline(Guid RunId, string Reason, string RequestedBy);
