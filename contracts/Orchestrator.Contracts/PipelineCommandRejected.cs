namespace Orchestrator.Contracts;

/// <summary>Event: a command made no sense for the run (resume a completed run, start an existing run id…) and was refused.</summary>
/// <param name="RunId">The run named by the command.</param>
/// <param name="Command">The command's message type, for example <c>ResumePipeline</c>.</param>
/// <param name="Reason">Why it was refused, and what to do instead.</param>
public sealed record PipelineCommandRejected(Guid RunId, string Command, string Reason);
