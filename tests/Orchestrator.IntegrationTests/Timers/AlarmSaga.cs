using MassTransit;

namespace Orchestrator.IntegrationTests.Timers;

public sealed class AlarmSaga : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }
    public string CurrentState { get; set; } = null!;
    public Guid? DueToken { get; set; }
}
