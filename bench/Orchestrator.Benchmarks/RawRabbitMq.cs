using System.Collections.Concurrent;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Orchestrator.Benchmarks;

/// <summary>The broker's floor: a persistent, confirmed publish to a durable queue, consumed with a manual ack.</summary>
internal sealed class RawRabbitMq : IAsyncDisposable
{
    readonly IConnection connection;
    readonly IChannel[] publishers;
    readonly IChannel consumer;
    readonly string queue = "bench-raw-" + Guid.NewGuid().ToString("N")[..8];
    readonly ConcurrentDictionary<Guid, TaskCompletionSource> waiting = new();

    RawRabbitMq(IConnection connection, IChannel[] publishers, IChannel consumer)
    {
        this.connection = connection;
        this.publishers = publishers;
        this.consumer = consumer;
    }

    public static async Task<RawRabbitMq> StartAsync(Uri broker, int channels)
    {
        var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        var publishers = new IChannel[channels];
        for (var i = 0; i < channels; i++)
            publishers[i] = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var consumer = await connection.CreateChannelAsync();
        var raw = new RawRabbitMq(connection, publishers, consumer);
        await consumer.QueueDeclareAsync(raw.queue, durable: true, exclusive: false, autoDelete: false);
        await consumer.BasicQosAsync(0, 64, false);
        var handler = new AsyncEventingBasicConsumer(consumer);
        handler.ReceivedAsync += async (_, delivery) =>
        {
            await consumer.BasicAckAsync(delivery.DeliveryTag, false);
            if (raw.waiting.TryRemove(new Guid(delivery.Body.Span), out var done))
                done.SetResult();
        };
        await consumer.BasicConsumeAsync(raw.queue, false, handler);
        return raw;
    }

    public async Task RoundTripAsync(int worker)
    {
        var id = Guid.NewGuid();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[id] = done;
        await publishers[worker].BasicPublishAsync("", queue, false, new BasicProperties { DeliveryMode = DeliveryModes.Persistent }, id.ToByteArray());
        await done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await consumer.QueueDeleteAsync(queue);
        await connection.CloseAsync();
        connection.Dispose();
    }
}
