using Microsoft.EntityFrameworkCore;
using Orchestrator.Service.Persistence;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Timers;

/// <summary>
/// The two statements on <c>timers</c> that LINQ cannot express: an upsert, and a claim that skips rows another instance
/// holds. Table and column names are the migration's (snake_case).
/// </summary>
internal static class TimerRows
{
    /// <summary>
    /// Inserts the timer, or replaces the row when its token is already there: a redelivered <c>ScheduleMessage</c>, or the
    /// same token scheduled again, leaves one timer, not two.
    /// </summary>
    public static Task<int> UpsertAsync(this OrchestratorDbContext db, ScheduledTimer timer, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO timers (id, due_at, destination, message_type, content_type, body,
                                message_id, correlation_id, conversation_id, initiator_id, created_at)
            VALUES ({timer.Id}, {timer.DueAt}, {timer.Destination}, {timer.MessageType}, {timer.ContentType}, {timer.Body},
                    {timer.MessageId}, {timer.CorrelationId}, {timer.ConversationId}, {timer.InitiatorId}, {timer.CreatedAt})
            ON CONFLICT (id) DO UPDATE SET
                due_at = excluded.due_at, destination = excluded.destination, message_type = excluded.message_type,
                content_type = excluded.content_type, body = excluded.body, message_id = excluded.message_id,
                correlation_id = excluded.correlation_id, conversation_id = excluded.conversation_id,
                initiator_id = excluded.initiator_id, created_at = excluded.created_at
            """, cancellationToken);

    /// <summary>
    /// Locks up to <paramref name="limit"/> due timers, earliest first, until the caller's transaction ends. SKIP LOCKED
    /// passes over rows another instance is firing instead of waiting for them: instances share the due timers, and a
    /// timer is claimed by one of them only.
    /// </summary>
    public static Task<List<ScheduledTimer>> ClaimDueAsync(this OrchestratorDbContext db, int limit, CancellationToken cancellationToken) =>
        db.Timers.FromSql($"""
            SELECT * FROM timers
            WHERE due_at <= now()
            ORDER BY due_at
            LIMIT {limit}
            FOR UPDATE SKIP LOCKED
            """).AsNoTracking().ToListAsync(cancellationToken);
}
