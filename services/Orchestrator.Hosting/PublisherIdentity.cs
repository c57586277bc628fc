using MassTransit;
using MassTransit.RabbitMqTransport;

namespace Orchestrator.Hosting;

/// <summary>
/// Who published a message, as RabbitMQ vouches for it: the AMQP <c>user_id</c> property (MassTransit's
/// <c>RMQ-UserId</c>), which the broker refuses unless it names the user of the publishing connection.
/// </summary>
public static class PublisherIdentity
{
    /// <summary>
    /// Every event this bus publishes carries its connection's user, so receivers can check who spoke. Messages
    /// sent to one queue (tasks to a role, gate requests) carry none: a role's user, which may not impersonate,
    /// must be able to move such a message to its <c>_error</c> queue, and RabbitMQ refuses a copied user_id.
    /// </summary>
    public static void StampPublisherIdentity(this IRabbitMqBusFactoryConfigurator cfg, string username)
    {
        cfg.ConfigureSend(send => send.UseExecute(UseEnvelope));
        cfg.ConfigurePublish(publish => publish.UseExecute(context =>
        {
            UseEnvelope(context);
            if (context is RabbitMqSendContext rabbit)
                rabbit.BasicProperties.UserId = username;
            else if (context.TryGetPayload<RabbitMqSendContext>(out var payload))
                payload.BasicProperties.UserId = username;
        }));
    }

    /// <summary>The broker-validated user of the publisher, or null when the publisher did not set one.</summary>
    /// <remarks>Looked up as a payload: middleware such as the in-memory outbox wraps the receive context.</remarks>
    public static string? Of(ConsumeContext context) =>
        context.ReceiveContext.TryGetPayload<RabbitMqReceiveContext>(out var rabbit) && rabbit.Properties.IsUserIdPresent()
            ? rabbit.Properties.UserId
            : null;

    static readonly System.Net.Mime.ContentType Envelope = new("application/vnd.masstransit+json");

    /// <summary>
    /// A message consumed as plain JSON would otherwise be answered in plain JSON too (MassTransit keeps the incoming
    /// serializer), losing the message type; what the services send is always the typed envelope.
    /// </summary>
    static void UseEnvelope(SendContext context)
    {
        if (context.Serialization.TryGetMessageSerializer(Envelope, out var serializer))
            context.Serializer = serializer;
    }
}
