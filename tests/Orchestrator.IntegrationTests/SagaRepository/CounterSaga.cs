using MassTransit;

namespace Orchestrator.IntegrationTests.SagaRepository;

/// <summary>A saga that only counts, so the repository's guarantees can be checked without the pipeline around them.</summary>
public sealed class CounterSaga : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }
    public string CurrentState { get; set; } = null!;
    public int Count { get; set; }
    public int Begins { get; set; }
    public List<Guid> Applied { get; set; } = [];
}

public sealed record BeginCounting(Guid CounterId);

public sealed record Increment(Guid CounterId, Guid IncrementId);

public sealed class CounterStateMachine : MassTransitStateMachine<CounterSaga>
{
    public CounterStateMachine()
    {
        InstanceState(x => x.CurrentState);
        Event(() => Begin, e => e.CorrelateById(m => m.Message.CounterId));
        Event(() => Add, e => { e.CorrelateById(m => m.Message.CounterId); e.OnMissingInstance(m => m.Fault()); });
        Initially(When(Begin).Then(c => c.Saga.Begins++).TransitionTo(Counting));
        During(Counting,
            When(Begin).Then(c => c.Saga.Begins++),
            When(Add).Then(c =>
            {
                c.Saga.Count++;
                c.Saga.Applied.Add(c.Message.IncrementId);
            }));
    }

    public State Counting { get; private set; } = null!;
    public Event<BeginCounting> Begin { get; private set; } = null!;
    public Event<Increment> Add { get; private set; } = null!;
}
