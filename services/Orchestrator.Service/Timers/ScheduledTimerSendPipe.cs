using System.Net.Mime;
using MassTransit;
using MassTransit.Serialization;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Timers;

/// <summary>
/// Sends a stored timer's body as it was serialized when it was scheduled: the body is deserialized only into MassTransit's
/// untyped form (an envelope or a JSON element) and written back with the ids, message types and scheduling token set
/// here, so the receiver sees the message type it expects and a saga can match the token to its schedule.
/// </summary>
internal sealed class ScheduledTimerSendPipe(ScheduledTimer timer, Uri destination) : IPipe<SendContext>
{
    public Task Send(SendContext context)
    {
        var messageTypes = timer.MessageType.Split(';', StringSplitOptions.RemoveEmptyEntries);
        var deserializer = context.Serialization.GetMessageDeserializer(new ContentType(timer.ContentType));
        // Raw JSON has no envelope: its deserializer takes the message types from these headers.
        var headers = new DictionarySendHeaders();
        headers.Set(MessageHeaders.MessageType, timer.MessageType);
        var serialized = deserializer.Deserialize(deserializer.GetMessageBody(timer.Body), headers, destination);

        if (timer.MessageId.HasValue)
            context.MessageId = timer.MessageId;
        context.CorrelationId = timer.CorrelationId;
        context.ConversationId = timer.ConversationId;
        context.InitiatorId = timer.InitiatorId;
        if (messageTypes.Length > 0)
            context.SupportedMessageTypes = messageTypes;
        context.Headers.Set(MessageHeaders.SchedulingTokenId, timer.Id.ToString("D"));
        context.Serializer = serialized.GetMessageSerializer();
        return Task.CompletedTask;
    }

    public void Probe(ProbeContext context) => context.CreateScope("scheduledTimer").Add("tokenId", timer.Id);
}
