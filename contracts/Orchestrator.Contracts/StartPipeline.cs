namespace Orchestrator.Contracts;

/// <summary>Command (operator trigger <c>/run_pipeline</c>): start a new run of the pipeline.</summary>
/// <param name="RunId">The id of the new run; chosen by the caller so the command can be retried safely.</param>
/// <param name="RequestedBy">Who asked for the run (operator name or service identity).</param>
/// <param name="Parameters">Free-form run parameters handed to every role task (for example the product brief).</param>
public sealed record StartPipeline(Guid RunId, string RequestedBy, IReadOnlyDictionary<string, string>? Parameters = null);
