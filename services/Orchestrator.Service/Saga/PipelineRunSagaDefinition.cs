using MassTransit;
using Orchestrator.Hosting;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Saga;

/// <summary>
/// The saga endpoint <c>orchestrator-pipeline-run</c>.
/// <list type="bullet">
/// <item>Retry: see <see cref="SagaRetry"/>.</item>
/// <item>In-memory outbox: sends and publishes leave only after the saga's transaction committed, so no one acts on
/// a state that was rolled back. They leave side by side (concurrent delivery), not in the order they were made:
/// nothing depends on that order across queues, and snapshots carry the run's version.</item>
/// <item>Concurrency: messages of one run serialize on the row lock anyway; 16 in flight lets many runs progress
/// while staying well under the connection pool (prefetch follows the bus setting).</item>
/// </list>
/// </summary>
public sealed class PipelineRunSagaDefinition : SagaDefinition<PipelineRun>
{
    public PipelineRunSagaDefinition()
    {
        EndpointName = QueueNames.Saga;
        ConcurrentMessageLimit = 16;
    }

    protected override void ConfigureSaga(
        IReceiveEndpointConfigurator endpoint, ISagaConfigurator<PipelineRun> saga, IRegistrationContext context)
    {
        endpoint.UsePostgresSagaRetry();
        endpoint.UseInMemoryOutbox(context, outbox => outbox.ConcurrentMessageDelivery = true);
    }
}
