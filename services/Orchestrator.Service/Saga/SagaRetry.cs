using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Orchestrator.Service.Saga;

/// <summary>
/// Retry for saga endpoints on PostgreSQL: a lost insert race (23505), a serialization failure (40001), a deadlock
/// (40P01), a concurrency-token miss and a dropped connection are all safe to run again from the top — the
/// transaction rolled back, so the retry reloads the row under its lock. Exponential, about a minute in total,
/// so a PostgreSQL restart is ridden out instead of sending messages to <c>_error</c>.
/// </summary>
public static class SagaRetry
{
    public static void UsePostgresSagaRetry(this IReceiveEndpointConfigurator endpoint) =>
        endpoint.UseMessageRetry(retry =>
        {
            retry.Handle<DbUpdateException>(IsRetryable);
            retry.Handle<NpgsqlException>(IsRetryable);
            retry.Handle<InvalidOperationException>(IsRetryable);
            retry.Exponential(20, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(50));
        });

    public static bool IsRetryable(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        // 57P01-57P03: the server is shutting down or starting up (a restart); 08xxx: the connection broke.
        PostgresException postgres => postgres.SqlState is "23505" or "40001" or "40P01" or "57P01" or "57P02" or "57P03"
            || postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.IsTransient,
        ObjectDisposedException { InnerException: { } inner } => IsRetryable(inner),
        NpgsqlException npgsql => npgsql.IsTransient,
        _ => exception.InnerException is { } inner && IsRetryable(inner),
    };
}
