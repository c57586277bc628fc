using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Hosting;

namespace Orchestrator.StateWriter.Tests;

/// <summary>Builds (never starts) a RabbitMQ bus and reads its probe: the topology it would declare, without a broker.</summary>
public sealed class When_the_endpoint_is_configured_for_RabbitMQ
{
    [Fact]
    public async Task Should_declare_state_writer_as_a_single_active_consumer_queue()
    {
        var services = new ServiceCollection();
        services.AddMassTransit(bus =>
        {
            bus.AddConsumer<WorkflowStateChangedConsumer, WorkflowStateChangedConsumerDefinition>();
            // The same configuration StateWriterService applies when it connects the endpoint.
            bus.UsingRabbitMq((context, cfg) => cfg.ReceiveEndpoint(QueueNames.StateWriter,
                e => e.ConfigureConsumer<WorkflowStateChangedConsumer>(context)));
        });
        await using var provider = services.BuildServiceProvider();
        var definition = provider.GetRequiredService<IConsumerDefinition<WorkflowStateChangedConsumer>>();

        using var probe = JsonDocument.Parse(JsonSerializer.Serialize(provider.GetRequiredService<IBusControl>().GetProbeResult()));

        Assert.Equal(QueueNames.StateWriter, definition.GetEndpointName(DefaultEndpointNameFormatter.Instance));
        var transport = Endpoint(probe.RootElement, QueueNames.StateWriter).GetProperty("receiveTransport");
        Assert.True(transport.GetProperty("queueArguments").GetProperty("x-single-active-consumer").GetBoolean());
        Assert.Equal(WorkflowStateChangedConsumerDefinition.MessagesPerWrite, transport.GetProperty("prefetchCount").GetInt32());
    }

    static JsonElement Endpoint(JsonElement probe, string name) =>
        probe.GetProperty("Results").GetProperty("bus").GetProperty("host").GetProperty("receiveEndpoint")
            .EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);
}
