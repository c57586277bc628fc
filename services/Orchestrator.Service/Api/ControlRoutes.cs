using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Contracts;

namespace Orchestrator.Service.Api;

/// <summary>The triggers <c>/halt</c>, <c>/pause</c>, <c>/resume</c>, <c>/stop</c>: publish the command unless the run's current state already rules it out.</summary>
public static class ControlRoutes
{
    public static readonly IReadOnlyList<ControlCommand> Commands =
    [
        new("halt", nameof(HaltPipeline), true, (id, reason, by) => new HaltPipeline(id, reason, by)),
        new("pause", nameof(PausePipeline), false, (id, _, by) => new PausePipeline(id, by)),
        new("resume", nameof(ResumePipeline), false, (id, _, by) => new ResumePipeline(id, by)),
        new("stop", nameof(StopPipeline), true, (id, reason, by) => new StopPipeline(id, reason, by)),
    ];

    public static void MapControlRoutes(this IEndpointRouteBuilder api)
    {
        foreach (var command in Commands)
            api.MapPost($"/{command.Trigger}/{{runId}}",
                    (string runId, ControlRequest? body, RunQueries runs, IBus bus, ILoggerFactory loggers, CancellationToken cancellationToken) =>
                        Publish(command, runId, body, runs, bus, loggers, cancellationToken))
                .WithName(command.Message)
                .WithSummary(command.NeedsReason
                    ? $"Publish {command.Message}; the body must give a reason: {{\"reason\": \"…\"}}."
                    : $"Publish {command.Message}; the body is optional: {{\"requestedBy\": \"…\"}}.");
    }

    static async Task<Results<Accepted<CommandAccepted>, BadRequest<ApiError>, NotFound<ApiError>, Conflict<ApiError>>> Publish(
        ControlCommand command, string runId, ControlRequest? body, RunQueries runs, IBus bus, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!RunIds.TryParse(runId, out var id, out var error))
            return TypedResults.BadRequest(error);
        var reason = body?.Reason?.Trim() ?? "";
        if (command.NeedsReason && reason.Length == 0)
            return TypedResults.BadRequest(new ApiError($"{command.Trigger} needs a reason: send {{\"reason\": \"why\"}}"));
        if (await runs.FindAsync(id, cancellationToken) is not { } run)
            return TypedResults.NotFound(RunIds.NotFound(id));
        if (ControlRules.Refusal(command.Message, run.CurrentState) is { } refusal)
            return TypedResults.Conflict(new ApiError(refusal));

        var requestedBy = string.IsNullOrWhiteSpace(body?.RequestedBy) ? RunPipelineRoute.DefaultRequester : body.RequestedBy;
        await bus.Publish(command.Create(id, reason, requestedBy), cancellationToken);
        loggers.CreateLogger(typeof(ControlRoutes)).LogInformation(
            "Control API: {Command} for run {RunId} by {RequestedBy}", command.Message, id, requestedBy);
        var url = RunIds.StatusUrl(id);
        return TypedResults.Accepted(url, new CommandAccepted(id, command.Message, url));
    }
}
