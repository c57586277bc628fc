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
    public Task PublishAsync(string message, object body, string? userId = "") =>
        PublishToAsync("Orchestrator.Contracts:" + message, "", body, userId);

    public async Task PublishToAsync(string exchange, string routingKey, object body, string? userId = "")
    {
        var properties = new BasicProperties
        {
            ContentType = "application/json",
            DeliveryMode = DeliveryModes.Persistent,
            UserId = userId == "" ? User : userId,
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
