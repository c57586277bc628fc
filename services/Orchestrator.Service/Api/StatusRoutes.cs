using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Contracts;
using Orchestrator.Service.Saga;

namespace Orchestrator.Service.Api;

/// <summary>The trigger <c>/status</c>: runs as PostgreSQL holds them, read without going through the saga.</summary>
public static class StatusRoutes
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static void MapStatusRoutes(this IEndpointRouteBuilder api)
    {
        api.MapGet("/status/{runId}", One)
            .WithName("GetRunStatus").WithSummary("One run: status, workflow state, roles, artifacts with hashes, gates, last error.");
        api.MapGet("/status", Page)
            .WithName("ListRuns").WithSummary($"Every run, newest first; ?limit= (1-{MaxLimit}, default {DefaultLimit}) and ?offset= page through them.");
    }

    static async Task<Results<Ok<RunSnapshot>, BadRequest<ApiError>, NotFound<ApiError>>> One(
        string runId, RunQueries runs, CancellationToken cancellationToken)
    {
        if (!RunIds.TryParse(runId, out var id, out var error))
            return TypedResults.BadRequest(error);
        return await runs.FindAsync(id, cancellationToken) is { } run
            ? TypedResults.Ok(Snapshots.Of(run))
            : TypedResults.NotFound(RunIds.NotFound(id));
    }

    static async Task<Results<Ok<RunPage>, BadRequest<ApiError>>> Page(
        RunQueries runs, CancellationToken cancellationToken, int limit = DefaultLimit, int offset = 0)
    {
        if (limit is < 1 or > MaxLimit)
            return TypedResults.BadRequest(new ApiError($"limit must be between 1 and {MaxLimit}, not {limit}"));
        if (offset < 0)
            return TypedResults.BadRequest(new ApiError($"offset must be 0 or more, not {offset}"));
        var (total, page) = await runs.PageAsync(limit, offset, cancellationToken);
        return TypedResults.Ok(new RunPage(total, limit, offset, page.Select(Snapshots.Of).ToList()));
    }
}
