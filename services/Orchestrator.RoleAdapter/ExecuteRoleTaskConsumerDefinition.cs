using MassTransit;

namespace Orchestrator.RoleAdapter;

/// <summary>
/// Retries what the consumer cannot turn into RoleTaskFailed (a full disk, a broker hiccup while publishing). Agent
/// failures are reported, not thrown, so only such infrastructure errors run the (idempotent) task again.
/// </summary>
public sealed class ExecuteRoleTaskConsumerDefinition : ConsumerDefinition<ExecuteRoleTaskConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ExecuteRoleTaskConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        consumerConfigurator.UseMessageRetry(retry => retry.Intervals(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)));
    }
}
