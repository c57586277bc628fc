using MassTransit;
using Orchestrator.Hosting;

namespace Orchestrator.StateWriter;

/// <summary>Endpoint settings of the state writer.</summary>
internal sealed class WorkflowStateChangedConsumerDefinition : ConsumerDefinition<WorkflowStateChangedConsumer>
{
    /// <summary>
    /// How many snapshots may wait for the same write. Each consumer blocks until the write holding its snapshot is
    /// durable, so this is the largest group one write commits: with 1 every message would pay a whole-file write, while
    /// 100 lets a write of thousands of runs (tens of milliseconds) acknowledge a hundred messages. Order does not
    /// matter here: snapshots carry the saga version, and an older one arriving later is ignored.
    /// </summary>
    public const int MessagesPerWrite = 100;

    public WorkflowStateChangedConsumerDefinition()
    {
        EndpointName = QueueNames.StateWriter;
        ConcurrentMessageLimit = MessagesPerWrite;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<WorkflowStateChangedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // Prefetch below the limit would starve the group commit; above it, messages would sit unacknowledged in a
        // process that is not working on them.
        endpointConfigurator.PrefetchCount = MessagesPerWrite;
        endpointConfigurator.ConcurrentMessageLimit = MessagesPerWrite;
        // x-single-active-consumer: RabbitMQ delivers to one consumer of the queue at a time, so even an instance
        // pointed at another file by mistake cannot write alongside the active one; the other stays a standby.
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator rabbit)
            rabbit.SingleActiveConsumer = true;
    }
}
