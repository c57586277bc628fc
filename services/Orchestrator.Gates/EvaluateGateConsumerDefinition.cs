using MassTransit;
using Orchestrator.Hosting;

namespace Orchestrator.Gates;

/// <summary>The queue <c>gates-evaluate-gate</c>. Evaluation only reads files, so several run at once.</summary>
public sealed class EvaluateGateConsumerDefinition : ConsumerDefinition<EvaluateGateConsumer>
{
    public EvaluateGateConsumerDefinition()
    {
        EndpointName = QueueNames.Gates;
        ConcurrentMessageLimit = 8;
    }
}
