using MassTransit;
using Microsoft.AspNetCore.Http.HttpResults;
using Orchestrator.Contracts;
using Orchestrator.Service.Saga;

namespace Orchestrator.Service.Api;

/// <summary><c>POST /state/rebuild</c>: refills workflow_state.json from PostgreSQL.</summary>
public static class StateRoutes
{
    const int BatchSize = 200;

    public static void MapStateRoutes(this IEndpointRouteBuilder api) =>
        api.MapPost("/state/rebuild", Rebuild)
            .WithName("RebuildState")
            .WithSummary("Publish every run's current snapshot again, so the state writer refills a lost or corrupt workflow_state.json.");

    /// <summary>
    /// The snapshots carry the saga version, which the state writer compares with what its file holds: a run it lost
    /// is written again, one it has at that version is left alone, and a newer snapshot published meanwhile by the
    /// saga still wins.
    /// </summary>
    static async Task<Accepted<StateRebuildStarted>> Rebuild(RunQueries runs, IBus bus, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var published = 0;
        await foreach (var batch in runs.AllInBatchesAsync(BatchSize, cancellationToken))
        {
            await bus.PublishBatch(batch.Select(run => new WorkflowStateChanged(run.CorrelationId, Snapshots.Of(run))), cancellationToken);
            published += batch.Count;
        }
        loggers.CreateLogger(typeof(StateRoutes)).LogInformation("Control API: re-published {Count} run snapshots for a state rebuild", published);
        return TypedResults.Accepted((string?)null, new StateRebuildStarted(published));
    }
}
