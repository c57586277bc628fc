using MassTransit;

namespace Orchestrator.IntegrationTests.SagaRepository;

/// <summary>A saga that only counts, so the repository's guarantees can be checked without the pipeline around them.</summary>
public sealed class CounterSaga : SagaStateMachineInstance
{
    public Guid CorrelationId { get; set; }
    // Set before the first event, so that an INSERT on the initial event stores a valid row.
    public string CurrentState { get; set; } = "Initial";
    public int Count { get; set; }
    public int Begins { get; set; }
    public List<Guid> Applied { get; set; } = [];
}

public sealed record BeginCounting(Guid CounterId);

public sealed record Increment(Guid CounterId, Guid IncrementId);

public class CounterStateMachine : MassTransitStateMachine<CounterSaga>
{
    public CounterStateMachine() : this(insertOnInitial: false)
    {
    }

    protected CounterStateMachine(bool insertOnInitial)
    {
        InstanceState(x => x.CurrentState);
        Event(() => Begin, e =>
        {
            e.CorrelateById(m => m.Message.CounterId);
            e.InsertOnInitial = insertOnInitial;
        });
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

    // Protected, not private: MassTransit sets them through the derived type, which cannot see a private setter.
    public State Counting { get; protected set; } = null!;
    public Event<BeginCounting> Begin { get; protected set; } = null!;
    public Event<Increment> Add { get; protected set; } = null!;
}

public sealed class InsertingCounterStateMachine : CounterStateMachine
{
    public InsertingCounterStateMachine() : base(insertOnInitial: true)
    {
    }
}
