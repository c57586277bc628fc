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
        Event(() => Start, e => e.CorrelateById(m => m.Message.RunId));
        Event(() => Artifact, e => e.CorrelateById(m => m.Message.RunId));
        Event(() => TaskCompleted, e => e.CorrelateById(m => m.Message.RunId));
        Event(() => TaskFailed, e => e.CorrelateById(m => m.Message.RunId));
        Event(() => Passed, e => e.CorrelateById(m => m.Message.RunId));
        Event(() => Failed, e => e.CorrelateById(m => m.Message.RunId));
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

        During(Running,
            When(Artifact).Step(this, RunSteps.Artifact),
            When(TaskCompleted).Step(this, RunSteps.TaskCompleted),
            When(TaskFailed).Step(this, RunSteps.TaskFailed),
            When(Passed).Step(this, RunSteps.GatePassed),
            When(Failed).Step(this, RunSteps.GateFailed));

        DuringAny(
            When(Start)
                .ThenAsync(c => c.Publish(new PipelineCommandRejected(c.Message.RunId, nameof(StartPipeline),
                    $"run {c.Message.RunId} already exists (status {c.Saga.CurrentState}); choose a new run id"))),
            When(Status)
                .RespondAsync(c => Task.FromResult(new PipelineStatus(c.Message.RunId, true, Snapshots.Of(c.Saga)))));
    }

    public State Running { get; private set; } = null!;
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
}
