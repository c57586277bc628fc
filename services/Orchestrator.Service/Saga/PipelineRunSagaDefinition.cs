using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Orchestrator.Hosting;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Saga;

/// <summary>
/// The saga endpoint <c>orchestrator-pipeline-run</c>.
/// <list type="bullet">
/// <item>Retry: a lost insert race (23505), a serialization failure (40001), a deadlock (40P01), a concurrency-token
/// miss and a dropped connection are all safe to run again from the top — the transaction rolled back, so the retry
/// reloads the row under its lock. Exponential up to ~1 minute in total, so a PostgreSQL restart is ridden out
/// without sending messages to <c>_error</c>.</item>
/// <item>In-memory outbox: sends and publishes leave only after the saga's transaction committed, so no one acts on
/// a state that was rolled back.</item>
/// <item>Concurrency: messages of one run serialize on the row lock anyway; 16 in flight lets many runs progress
/// while staying well under the connection pool (prefetch follows the bus setting).</item>
/// </list>
/// </summary>
public sealed class PipelineRunSagaDefinition : SagaDefinition<PipelineRun>
{
    public PipelineRunSagaDefinition()
    {
        EndpointName = QueueNames.Saga;
        ConcurrentMessageLimit = 16;
    }

    protected override void ConfigureSaga(
        IReceiveEndpointConfigurator endpoint, ISagaConfigurator<PipelineRun> saga, IRegistrationContext context)
    {
        endpoint.UseMessageRetry(retry =>
        {
            retry.Handle<DbUpdateException>(IsRetryable);
            retry.Handle<NpgsqlException>(IsRetryable);
            retry.Handle<InvalidOperationException>(e => e.InnerException is NpgsqlException inner && IsRetryable(inner));
            retry.Exponential(20, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(50));
        });
        endpoint.UseInMemoryOutbox(context);
    }

    static bool IsRetryable(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        PostgresException postgres => postgres.SqlState is "23505" or "40001" or "40P01" || postgres.IsTransient,
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => exception.InnerException is { } inner && IsRetryable(inner),
    };
}
