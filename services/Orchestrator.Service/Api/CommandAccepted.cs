namespace Orchestrator.Service.Api;

/// <summary>A command was published to the bus; the saga applies it (or refuses it with PipelineCommandRejected).</summary>
/// <param name="RunId">The run the command is for.</param>
/// <param name="Command">The message published, for example <c>HaltPipeline</c>.</param>
/// <param name="StatusUrl">Where to follow the run: <c>/status/{runId}</c>.</param>
public sealed record CommandAccepted(Guid RunId, string Command, string StatusUrl);
