using MassTransit;
using MassTransit.Context;
using MassTransit.Scheduling;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Service.Persistence;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Timers;

/// <summary>
/// Keeps a <see cref="ScheduleMessage"/> as a row of <c>timers</c> until it is due. The payload is serialized here, in the
/// content type the command arrived in, so the poller can send it later without knowing its .NET type.
/// </summary>
internal sealed class ScheduleMessageConsumer(
    IDbContextFactory<OrchestratorDbContext> dbFactory, ILogger<ScheduleMessageConsumer> logger) : IConsumer<ScheduleMessage>
{
    public async Task Consume(ConsumeContext<ScheduleMessage> context)
    {
        var command = context.Message;
        var serializer = context.SerializerContext.GetMessageSerializer(command.Payload, command.PayloadType);
        // With the envelope serializer the body carries this context's headers too, so they reach the receiver.
        var body = serializer.GetMessageBody(new MessageSendContext<ScheduleMessage>(command));
        var timer = new ScheduledTimer
        {
            Id = command.CorrelationId,
            DueAt = AsUtc(command.ScheduledTime),
            Destination = command.Destination.ToString(),
            MessageType = string.Join(';', command.PayloadType),
            ContentType = serializer.ContentType.ToString(),
            Body = body.GetString(),
            // The scheduling send's ids become the fired message's, as with MassTransit's Quartz scheduler.
            MessageId = context.MessageId,
            CorrelationId = context.CorrelationId,
            ConversationId = context.ConversationId,
            InitiatorId = context.InitiatorId,
            CreatedAt = DateTimeOffset.UtcNow,
        };

        await using var db = await dbFactory.CreateDbContextAsync(context.CancellationToken);
        await db.UpsertAsync(timer, context.CancellationToken);
        logger.LogDebug("Timer {TimerId} stored: {MessageType} to {Destination} at {DueAt:O}",
            timer.Id, timer.MessageType, timer.Destination, timer.DueAt);
    }

    /// <summary>MassTransit sends UTC; a time without a kind is read as UTC too, since timestamptz needs an absolute time.</summary>
    static DateTimeOffset AsUtc(DateTime time) =>
        new(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc), TimeSpan.Zero);
}
