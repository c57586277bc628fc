using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;
using Orchestrator.Hosting;
using Orchestrator.Service.Persistence.Entities;
using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Timers;

/// <summary>
/// A timer the saga sets for itself (a role's deadline, a WAIT_RETRY back-off), written as a row of <c>timers</c> in the
/// saga's own transaction: it exists exactly when the step that set it committed, with no scheduler message in between
/// (one hop and one commit fewer per task, and no window where a crash after the commit loses the timer). The poller
/// fires it like any other, as a MassTransit envelope to the saga's queue.
/// </summary>
internal static class SagaTimers
{
    public static ScheduledTimer Row(Guid runId, ScheduledWork work, DateTimeOffset now)
    {
        var messageId = NewId.NextGuid();
        var messageType = MessageUrn.ForTypeString(work.Message.GetType());
        var destination = QueueNames.Address(QueueNames.Saga).ToString();
        var envelope = new Dictionary<string, object?>
        {
            ["messageId"] = messageId,
            ["correlationId"] = runId,
            ["destinationAddress"] = destination,
            ["messageType"] = new[] { messageType },
            ["message"] = work.Message,
            ["sentTime"] = now,
            ["headers"] = new Dictionary<string, object>(),
        };
        return new ScheduledTimer
        {
            Id = NewId.NextGuid(),
            DueAt = work.DueAt.ToUniversalTime(),
            Destination = destination,
            MessageType = messageType,
            ContentType = SystemTextJsonMessageSerializer.JsonContentType.ToString(),
            Body = JsonSerializer.Serialize(envelope, SystemTextJsonMessageSerializer.Options),
            MessageId = messageId,
            CorrelationId = runId,
            CreatedAt = now,
        };
    }
}
