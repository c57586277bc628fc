using MassTransit;
using Orchestrator.Contracts;
using Orchestrator.Service.Persistence.Entities;
using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Saga;

/// <summary>
/// One run of the pipeline. The saga's states are the run's control status; the workflow state (PLANNING,
/// TESTING, …) comes from the pinned YAML definition and moves inside Running, decided by <see cref="RunEngine"/>.
/// </summary>
public sealed class PipelineRunStateMachine : MassTransitStateMachine<PipelineRun>
{
    public PipelineRunStateMachine()
    {
        InstanceState(x => x.CurrentState);
        // An event for a run that cannot be found faults, so it lands in orchestrator-pipeline-run_error with the
        // reason instead of vanishing (MassTransit's default discards it).
        Event(() => Start, e => e.CorrelateById(m => m.Message.RunId));
        Event(() => Artifact, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(m => m.Fault()); });
        Event(() => TaskCompleted, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(m => m.Fault()); });
        Event(() => TaskFailed, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(m => m.Fault()); });
        Event(() => Passed, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(m => m.Fault()); });
        Event(() => Failed, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(m => m.Fault()); });
        Event(() => Pause, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(Missing); });
        Event(() => Halt, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(Missing); });
        Event(() => Resume, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(Missing); });
        Event(() => Stop, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(Missing); });
        Event(() => DeadlineReached, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(m => m.Fault()); });
        Event(() => RetryDue, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(m => m.Fault()); });
        Event(() => GateRetry, e => { e.CorrelateById(m => m.Message.RunId); e.OnMissingInstance(m => m.Fault()); });
        Event(() => Status, e =>
        {
            e.CorrelateById(m => m.Message.RunId);
            e.OnMissingInstance(m => m.ExecuteAsync(c => c.RespondAsync(new PipelineStatus(c.Message.RunId, false, null))));
        });

        Initially(
            When(Start)
                .ThenAsync(RunSteps.Start)
                .TransitionTo(Running)
                .ThenAsync(RunSteps.PublishSnapshot));

        // Paused and halted runs still record what in-flight work reports; PublishSnapshot holds back new work.
        During(Running, Paused, Halted,
            When(Artifact).Step(this, RunSteps.Artifact),
            When(TaskCompleted).Step(this, RunSteps.TaskCompleted),
            When(TaskFailed).Step(this, RunSteps.TaskFailed),
            When(Passed).Step(this, RunSteps.GatePassed),
            When(Failed).Step(this, RunSteps.GateFailed),
            When(DeadlineReached).Step(this, RunSteps.DeadlineReached),
            When(RetryDue).Step(this, RunSteps.RetryDue),
            When(GateRetry).Step(this, RunSteps.GateRetry));

        During(Running,
            When(Pause).ThenAsync(ControlSteps.Pause).TransitionTo(Paused).ThenAsync(RunSteps.PublishSnapshot),
            When(Resume).ThenAsync(c => ControlSteps.Reject(c, "it is running already")));
        During(Running, Paused, Blocked,
            When(Halt).ThenAsync(ControlSteps.Halt).TransitionTo(Halted).ThenAsync(RunSteps.PublishSnapshot));
        During(Paused, Halted, Blocked,
            When(Resume).ThenAsync(ControlSteps.Resume).TransitionTo(Running).ThenAsync(RunSteps.PublishSnapshot),
            When(Pause).ThenAsync(c => ControlSteps.Reject(c, "only a running run can be paused")));
        During(Halted,
            When(Halt).ThenAsync(c => ControlSteps.Reject(c, "it is halted already")));
        During(Running, Paused, Halted, Blocked,
            When(Stop).ThenAsync(ControlSteps.Stop).TransitionTo(Stopped).ThenAsync(RunSteps.PublishSnapshot));
        During(Completed, Stopped,
            When(Pause).ThenAsync(c => ControlSteps.Reject(c, "it has ended")),
            When(Halt).ThenAsync(c => ControlSteps.Reject(c, "it has ended")),
            When(Resume).ThenAsync(c => ControlSteps.Reject(c, "it has ended; start a new run")),
            When(Stop).ThenAsync(c => ControlSteps.Reject(c, "it has ended")),
            Ignore(Artifact), Ignore(TaskCompleted), Ignore(TaskFailed), Ignore(Passed), Ignore(Failed),
            Ignore(DeadlineReached), Ignore(RetryDue), Ignore(GateRetry));
        During(Blocked,
            Ignore(Artifact), Ignore(TaskCompleted), Ignore(TaskFailed), Ignore(Passed), Ignore(Failed),
            Ignore(DeadlineReached), Ignore(RetryDue), Ignore(GateRetry));

        DuringAny(
            When(Start)
                .ThenAsync(c => c.Publish(new PipelineCommandRejected(c.Message.RunId, nameof(StartPipeline),
                    $"run {c.Message.RunId} already exists (status {c.Saga.CurrentState}); choose a new run id"))),
            When(Status)
                .RespondAsync(c => Task.FromResult(new PipelineStatus(c.Message.RunId, true, Snapshots.Of(c.Saga)))));
    }

    public State Running { get; private set; } = null!;
    public State Paused { get; private set; } = null!;
    public State Stopped { get; private set; } = null!;
    public State Blocked { get; private set; } = null!;
    public State Halted { get; private set; } = null!;
    public State Completed { get; private set; } = null!;

    public Event<StartPipeline> Start { get; private set; } = null!;
    public Event<ArtifactReady> Artifact { get; private set; } = null!;
    public Event<RoleTaskCompleted> TaskCompleted { get; private set; } = null!;
    public Event<RoleTaskFailed> TaskFailed { get; private set; } = null!;
    public Event<GatePassed> Passed { get; private set; } = null!;
    public Event<GateFailed> Failed { get; private set; } = null!;
    public Event<GetPipelineStatus> Status { get; private set; } = null!;
    public Event<RoleTaskDeadlineReached> DeadlineReached { get; private set; } = null!;
    public Event<RoleTaskRetryDue> RetryDue { get; private set; } = null!;
    public Event<GateRetryDue> GateRetry { get; private set; } = null!;
    public Event<PausePipeline> Pause { get; private set; } = null!;
    public Event<HaltPipeline> Halt { get; private set; } = null!;
    public Event<ResumePipeline> Resume { get; private set; } = null!;
    public Event<StopPipeline> Stop { get; private set; } = null!;

    static IPipe<ConsumeContext<T>> Missing<T>(IMissingInstanceConfigurator<PipelineRun, T> missing) where T : class =>
        missing.ExecuteAsync(c => c.Publish(new PipelineCommandRejected(
            RunIdOf(c.Message), typeof(T).Name, $"{typeof(T).Name} refused: there is no run {RunIdOf(c.Message)}")));

    static Guid RunIdOf<T>(T message) => message switch
    {
        PausePipeline m => m.RunId,
        HaltPipeline m => m.RunId,
        ResumePipeline m => m.RunId,
        StopPipeline m => m.RunId,
        _ => Guid.Empty,
    };
}
