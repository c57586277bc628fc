using MassTransit;
using Orchestrator.Contracts;
using Orchestrator.Service.Persistence.Entities;
using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Saga;

/// <summary>The operator commands: PAUSE, HALT, RESUME, STOP.</summary>
internal static class ControlSteps
{
    public static async Task Pause(BehaviorContext<PipelineRun, PausePipeline> context)
    {
        var step = await RunContext.For(context);
        Record(context.Saga, step, "command", $"paused by {context.Message.RequestedBy}");
        step.Effects.Events.Add(new PipelinePaused(context.Saga.CorrelationId, context.Saga.WorkflowState));
    }

    public static async Task Halt(BehaviorContext<PipelineRun, HaltPipeline> context)
    {
        var step = await RunContext.For(context);
        context.Saga.LastError = $"halted by {context.Message.RequestedBy}: {context.Message.Reason}";
        Record(context.Saga, step, "command", context.Saga.LastError);
        step.Effects.Events.Add(new PipelineHalted(context.Saga.CorrelationId, context.Message.Reason, context.Saga.WorkflowState));
    }

    public static async Task Stop(BehaviorContext<PipelineRun, StopPipeline> context)
    {
        var step = await RunContext.For(context);
        Record(context.Saga, step, "command", $"stopped by {context.Message.RequestedBy}: {context.Message.Reason}");
        context.Saga.Progress.ActiveRoles.Clear();
        step.Effects.Events.Add(new PipelineStopped(context.Saga.CorrelationId, context.Message.Reason, context.Saga.WorkflowState));
    }

    /// <summary>
    /// Paused or halted: the state goes on where it was — unfinished tasks are sent again under their task ids and
    /// whatever became ready meanwhile is dispatched. Blocked: the state is entered afresh from the checkpoint
    /// before it, with new tasks, since what blocked it has been fixed by the operator.
    /// </summary>
    public static async Task Resume(BehaviorContext<PipelineRun, ResumePipeline> context)
    {
        var step = await RunContext.For(context, hold: false);
        var run = context.Saga;
        var why = $"resumed by {context.Message.RequestedBy} from checkpoint {run.Checkpoint ?? "start"}";
        if (run.CurrentState == nameof(PipelineRunStateMachine.Blocked))
        {
            var blockedIn = step.Engine.Definition.HoldState?.Id == run.WorkflowState ? run.PreviousWorkflowState! : run.WorkflowState;
            step.Engine.EnterState(run, blockedIn, step.Effects, why);
        }
        else
        {
            Record(run, step, "command", why);
            step.Engine.ReemitPending(run, step.Effects);
            step.Engine.DispatchReady(run, step.Effects);
            step.Engine.AskGateWhenDone(run, step.Effects);
        }
        step.Effects.Events.Add(new PipelineResumed(run.CorrelationId, run.Checkpoint ?? run.WorkflowState));
    }

    public static Task Reject<T>(BehaviorContext<PipelineRun, T> context, string reason) where T : class =>
        context.Publish(new PipelineCommandRejected(context.Saga.CorrelationId, typeof(T).Name,
            $"{typeof(T).Name} refused: the run is {context.Saga.CurrentState.ToLowerInvariant()}; {reason}"));

    static void Record(PipelineRun run, RunContext step, string kind, string detail)
    {
        step.Effects.History.Add(RunHistory.Entry(run, kind, run.WorkflowState, run.WorkflowState, detail, step.Clock));
        step.Effects.Changed = true;
    }
}
