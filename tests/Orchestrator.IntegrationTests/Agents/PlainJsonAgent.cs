using System.Text;
using System.Text.Json;
using Orchestrator.IntegrationTests.Infrastructure;
using RabbitMQ.Client;

namespace Orchestrator.IntegrationTests.Agents;

/// <summary>An agent that knows nothing of MassTransit: the plain RabbitMQ client, JSON bodies, exactly as the README documents.</summary>
public sealed class PlainJsonAgent : IAsyncDisposable
{
    readonly IConnection connection;
    readonly IChannel channel;

    PlainJsonAgent(IConnection connection, IChannel channel, string user)
    {
        this.connection = connection;
        this.channel = channel;
        User = user;
    }

    public string User { get; }

    public static async Task<PlainJsonAgent> ConnectAsync(TestEnvironment environment, string user, string password)
    {
        var factory = new ConnectionFactory
        {
            HostName = environment.Broker.Host,
            Port = environment.Broker.Port,
            VirtualHost = environment.VirtualHost,
            UserName = user,
            Password = password,
        };
        var connection = await factory.CreateConnectionAsync();
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(
            publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new PlainJsonAgent(connection, channel, user);
    }

    /// <summary>Publishes <paramref name="body"/> to the exchange <c>Orchestrator.Contracts:{message}</c>, persistent, with user_id.</summary>
    /// <remarks>A <c>messageId</c> is sent as the AMQP message_id, which MassTransit takes as the MessageId.</remarks>
    public Task PublishAsync(string message, object body, string? userId = "", string? messageId = null) =>
        PublishToAsync("Orchestrator.Contracts:" + message, "", body, userId, messageId);

    public async Task PublishToAsync(string exchange, string routingKey, object body, string? userId = "", string? messageId = null)
    {
        var properties = new BasicProperties
        {
            ContentType = "application/json",
            DeliveryMode = DeliveryModes.Persistent,
            UserId = userId == "" ? User : userId,
            MessageId = messageId,
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        await channel.BasicPublishAsync(exchange, routingKey, false, properties, json);
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }

    public static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
