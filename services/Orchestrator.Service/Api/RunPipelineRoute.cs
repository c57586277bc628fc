using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Contracts;

namespace Orchestrator.Service.Api;

/// <summary>The trigger <c>/run_pipeline</c>: publishes StartPipeline.</summary>
public static class RunPipelineRoute
{
    public const string DefaultRequester = "control-api";

    public static void MapRunPipelineRoute(this IEndpointRouteBuilder api) =>
        api.MapPost("/run_pipeline", Start)
            .WithName("RunPipeline")
            .WithSummary("Start a run; the body is optional: {\"runId\": …, \"parameters\": {…}, \"requestedBy\": …}.");

    static async Task<Results<Accepted<CommandAccepted>, Conflict<ApiError>>> Start(
        StartRunRequest? body, RunQueries runs, IBus bus, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var runId = body?.RunId ?? NewId.NextGuid();
        // A retried request with the same id is the point of choosing it; say at once that it already ran.
        if (body?.RunId is not null && await runs.FindAsync(runId, cancellationToken) is { } existing)
            return TypedResults.Conflict(new ApiError(
                $"run {runId} already exists (status {existing.CurrentState.ToLowerInvariant()}); choose a new run id or omit it"));
        var requestedBy = string.IsNullOrWhiteSpace(body?.RequestedBy) ? DefaultRequester : body.RequestedBy;
        await bus.Publish(new StartPipeline(runId, requestedBy, body?.Parameters ?? []), cancellationToken);
        loggers.CreateLogger(typeof(RunPipelineRoute)).LogInformation(
            "Control API: {Command} for run {RunId} by {RequestedBy}", nameof(StartPipeline), runId, requestedBy);
        var url = RunIds.StatusUrl(runId);
        return TypedResults.Accepted(url, new CommandAccepted(runId, nameof(StartPipeline), url));
    }
}
