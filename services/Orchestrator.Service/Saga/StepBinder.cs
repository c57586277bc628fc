using MassTransit;
using Orchestrator.Service.Persistence.Entities;
using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Saga;

internal static class StepBinder
{
    /// <summary>Runs a decision, moves the saga to the status it decided on, then publishes the new snapshot.</summary>
    public static EventActivityBinder<PipelineRun, T> Step<T>(
        this EventActivityBinder<PipelineRun, T> binder,
        PipelineRunStateMachine machine,
        Func<BehaviorContext<PipelineRun, T>, Task> decide)
        where T : class =>
        binder.ThenAsync(decide)
            .If(c => c.Saga.PendingStatus == RunStatus.Blocked, b => b.TransitionTo(machine.Blocked))
            .If(c => c.Saga.PendingStatus == RunStatus.Halted, b => b.TransitionTo(machine.Halted))
            .If(c => c.Saga.PendingStatus == RunStatus.Completed, b => b.TransitionTo(machine.Completed))
            .ThenAsync(RunSteps.PublishSnapshot);
}
