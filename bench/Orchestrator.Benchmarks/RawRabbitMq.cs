using System.Buffers.Binary;
using System.Collections.Concurrent;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Orchestrator.Benchmarks;

/// <summary>
/// The broker's floor: a persistent, confirmed publish to a durable queue, consumed with a manual ack. With a relay,
/// the floor of a whole step done by hand: the message first goes to an inbound queue, whose consumer does the
/// relay's work (a commit), forwards the message, persistent and confirmed, and only then acks it.
/// </summary>
internal sealed class RawRabbitMq : IAsyncDisposable
{
    readonly IConnection connection;
    readonly IChannel[] publishers;
    readonly IChannel consumer;
    readonly string queue = "bench-raw-" + Guid.NewGuid().ToString("N")[..8];
    readonly ConcurrentDictionary<Guid, TaskCompletionSource> waiting = new();
    string? inbound;

    RawRabbitMq(IConnection connection, IChannel[] publishers, IChannel consumer)
    {
        this.connection = connection;
        this.publishers = publishers;
        this.consumer = consumer;
    }

    public static async Task<RawRabbitMq> StartAsync(Uri broker, int channels, Func<int, Task>? relay = null)
    {
        var connection = await new ConnectionFactory { Uri = broker }.CreateConnectionAsync();
        var raw = new RawRabbitMq(connection, await ConfirmingChannels(connection, channels), await connection.CreateChannelAsync());
        await raw.ConsumeAsync(raw.consumer, raw.queue, async delivery =>
        {
            await raw.consumer.BasicAckAsync(delivery.DeliveryTag, false);
            if (raw.waiting.TryRemove(new Guid(delivery.Body.Span[..16]), out var done))
                done.SetResult();
        });
        if (relay is not null)
        {
            var forwarders = await ConfirmingChannels(connection, channels);
            var relayConsumer = await connection.CreateChannelAsync(new CreateChannelOptions(false, false, consumerDispatchConcurrency: (ushort)channels));
            raw.inbound = raw.queue + "-in";
            await raw.ConsumeAsync(relayConsumer, raw.inbound, async delivery =>
            {
                var worker = BinaryPrimitives.ReadInt32LittleEndian(delivery.Body.Span[16..]);
                await relay(worker);
                await forwarders[worker].BasicPublishAsync("", raw.queue, false, Persistent, delivery.Body);
                await relayConsumer.BasicAckAsync(delivery.DeliveryTag, false);
            });
        }
        return raw;
    }

    public async Task RoundTripAsync(int worker)
    {
        var id = Guid.NewGuid();
        var body = new byte[20];
        id.TryWriteBytes(body);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(16), worker);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[id] = done;
        await publishers[worker].BasicPublishAsync("", inbound ?? queue, false, Persistent, body);
        await done.Task;
    }

    static BasicProperties Persistent => new() { DeliveryMode = DeliveryModes.Persistent };

    static async Task<IChannel[]> ConfirmingChannels(IConnection connection, int count)
    {
        var channels = new IChannel[count];
        for (var i = 0; i < count; i++)
            channels[i] = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        return channels;
    }

    /// <summary>Declares <paramref name="name"/> and consumes it with manual acks (the handler acks).</summary>
    async Task ConsumeAsync(IChannel channel, string name, Func<BasicDeliverEventArgs, Task> handle)
    {
        await channel.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false);
        await channel.BasicQosAsync(0, 64, false);
        var handler = new AsyncEventingBasicConsumer(channel);
        handler.ReceivedAsync += (_, delivery) => handle(delivery);
        await channel.BasicConsumeAsync(name, false, handler);
    }

    public async ValueTask DisposeAsync()
    {
        await consumer.QueueDeleteAsync(queue);
        if (inbound is not null)
            await consumer.QueueDeleteAsync(inbound);
        await connection.CloseAsync();
        connection.Dispose();
    }
}
