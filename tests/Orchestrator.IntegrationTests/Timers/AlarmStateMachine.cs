using MassTransit;

namespace Orchestrator.IntegrationTests.Timers;

/// <summary>
/// The smallest saga that uses MassTransit's <c>Schedule</c>/<c>Unschedule</c>, as the pipeline-run saga does for
/// back-off and deadlines: it proves the scheduler reaches a state machine and that the token it sends is accepted.
/// </summary>
public sealed class AlarmStateMachine : MassTransitStateMachine<AlarmSaga>
{
    public AlarmStateMachine()
    {
        InstanceState(x => x.CurrentState);
        Event(() => Arm, e => e.CorrelateById(m => m.Message.AlarmId));
        Event(() => Disarm, e => e.CorrelateById(m => m.Message.AlarmId));
        Schedule(() => Due, x => x.DueToken, s => s.Received = e => e.CorrelateById(m => m.Message.AlarmId));

        Initially(
            When(Arm)
                .Schedule(Due, c => new AlarmDue(c.Saga.CorrelationId), c => c.Message.Delay)
                .TransitionTo(Armed));
        During(Armed,
            When(Disarm)
                .Unschedule(Due)
                .TransitionTo(Disarmed),
            When(Due.Received)
                .Publish(c => new AlarmRang(c.Saga.CorrelationId))
                .TransitionTo(Rang));
    }

    public State Armed { get; private set; } = null!;
    public State Disarmed { get; private set; } = null!;
    public State Rang { get; private set; } = null!;
    public Event<ArmAlarm> Arm { get; private set; } = null!;
    public Event<DisarmAlarm> Disarm { get; private set; } = null!;
    public Schedule<AlarmSaga, AlarmDue> Due { get; private set; } = null!;
}
