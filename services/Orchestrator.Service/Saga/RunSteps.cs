using MassTransit;
using Microsoft.Extensions.Logging;
using Orchestrator.Contracts;
using Orchestrator.Hosting;
using Orchestrator.Service.Definitions;
using Orchestrator.Service.Persistence;
using Orchestrator.Service.Persistence.Entities;
using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Saga;

/// <summary>The state machine's activities: each decides with the run engine, then <see cref="PublishSnapshot"/> acts.</summary>
internal static class RunSteps
{
    public static async Task Start(BehaviorContext<PipelineRun, StartPipeline> context)
    {
        var catalog = context.GetServiceOrCreateInstance<DefinitionCatalog>();
        await catalog.PinAsync(context.GetPayload<OrchestratorDbContext>(), context.CancellationToken);
        var run = context.Saga;
        var step = await RunContext.For(context);
        run.DefinitionHash = catalog.Current.Hash;
        run.RequestedBy = context.Message.RequestedBy;
        run.StartedAt = step.Clock.GetUtcNow();
        run.Progress.Parameters = new Dictionary<string, string>(context.Message.Parameters ?? new Dictionary<string, string>());
        step.Effects.Events.Add(new PipelineStarted(run.CorrelationId, run.DefinitionHash, run.StartedAt));
        step.Engine.Start(run, step.Effects);
    }

    public static async Task Artifact(BehaviorContext<PipelineRun, ArtifactReady> context)
    {
        var step = await RunContext.For(context);
        var problem = await context.GetServiceOrCreateInstance<ArtifactCheck>()
            .ProblemAsync(context.Saga, context.Message, PublisherIdentity.Of(context), context.CancellationToken);
        var refusal = ArtifactIntake.Accept(context.Saga, context.Message, step.Effects, step.Clock, problem);
        if (refusal is not null)
        {
            Logger(context).LogWarning("Run {RunId}: {Refusal}", context.Saga.CorrelationId, refusal);
            return;
        }
        if (!step.Effects.Changed)
            return;
        step.Engine.DispatchReady(context.Saga, step.Effects);
        step.Engine.AskGateWhenDone(context.Saga, step.Effects);
    }

    public static async Task TaskCompleted(BehaviorContext<PipelineRun, RoleTaskCompleted> context)
    {
        var step = await RunContext.For(context);
        var run = context.Saga;
        if (!run.Progress.Tasks.TryGetValue(context.Message.TaskId, out var task) || task.Completed
            || Impersonation(context, task.Role, step))
            return;
        run.Progress.Tasks[context.Message.TaskId] = task with { Completed = true };
        if (task.State == run.WorkflowState)
            step.Engine.CompleteRole(run, task.Role, step.Effects);
        else
            step.Engine.FinishEarlierTask(run, task.Role, step.Effects);
    }

    public static async Task TaskFailed(BehaviorContext<PipelineRun, RoleTaskFailed> context)
    {
        var step = await RunContext.For(context);
        var run = context.Saga;
        if (!run.Progress.Tasks.TryGetValue(context.Message.TaskId, out var task) || task.Completed
            || task.State != run.WorkflowState || run.Progress.Attempts.GetValueOrDefault(task.Role) != task.Attempt
            || Impersonation(context, task.Role, step))
            return;
        run.Progress.Tasks[context.Message.TaskId] = task with { Completed = true };
        step.Failures.RoleFailed(run, context.Message.TaskId, task, context.Message.Reason, step.Effects);
    }

    public static async Task DeadlineReached(BehaviorContext<PipelineRun, RoleTaskDeadlineReached> context)
    {
        var step = await RunContext.For(context);
        var run = context.Saga;
        if (!run.Progress.Tasks.TryGetValue(context.Message.TaskId, out var task) || task.Completed
            || task.State != run.WorkflowState || run.Progress.Attempts.GetValueOrDefault(task.Role) != task.Attempt)
            return;
        run.Progress.Tasks[context.Message.TaskId] = task with { Completed = true };
        step.Failures.RoleFailed(run, context.Message.TaskId, task,
            $"no answer by the deadline {task.Deadline:u} ({task.Deadline - task.DispatchedAt:g} after dispatch)", step.Effects);
    }

    public static async Task RetryDue(BehaviorContext<PipelineRun, RoleTaskRetryDue> context)
    {
        var step = await RunContext.For(context);
        if (context.Saga.Progress.Tasks.TryGetValue(context.Message.FailedTaskId, out var failed))
            step.Failures.RetryRole(context.Saga, failed, step.Effects);
    }

    public static async Task GateRetry(BehaviorContext<PipelineRun, GateRetryDue> context)
    {
        var step = await RunContext.For(context);
        step.Failures.RetryGate(context.Saga, context.Message, step.Effects);
    }

    public static async Task GatePassed(BehaviorContext<PipelineRun, GatePassed> context)
    {
        var step = await RunContext.For(context);
        var run = context.Saga;
        if (!run.Progress.GatePending || context.Message.State != run.WorkflowState)
            return;
        RecordGate(run, new GateResult(context.Message.Gate, true, [], context.Message.EvaluatedAt));
        step.Effects.History.Add(RunHistory.Entry(run, "gate", run.WorkflowState, run.WorkflowState, $"gate {context.Message.Gate} passed", step.Clock));
        step.Engine.PassState(run, step.Effects, $"gate {context.Message.Gate} passed");
    }

    public static async Task GateFailed(BehaviorContext<PipelineRun, GateFailed> context)
    {
        var step = await RunContext.For(context);
        var run = context.Saga;
        if (!run.Progress.GatePending || context.Message.State != run.WorkflowState)
            return;
        step.Failures.GateFailed(run, context.Message, step.Effects);
    }

    /// <summary>
    /// Bumps the version, appends the ledger rows and the timers to the saga's transaction, sends the work and publishes
    /// the snapshot (the in-memory outbox lets them leave once the transaction committed).
    /// </summary>
    public static async Task PublishSnapshot<T>(BehaviorContext<PipelineRun, T> context) where T : class
    {
        var run = context.Saga;
        var effects = run.Effects;
        if (effects is null)
            return;
        var db = context.GetPayload<OrchestratorDbContext>();
        var now = context.GetServiceOrCreateInstance<TimeProvider>().GetUtcNow();
        if (!effects.Changed && effects.NewStatus is null && effects.History.Count == 0)
        {
            if (!context.ReceiveContext.Redelivered)
                return;
            var step = await RunContext.For(context);
            step.Engine.ReemitPending(run, step.Effects);
            effects = step.Effects;
        }
        else
        {
            run.Version++;
            run.UpdatedAt = now;
            db.RunHistory.AddRange(effects.History);
        }
        // A paused or halted run records what arrives but starts nothing: RESUME re-emits what is pending then.
        if (run.CurrentState is not (nameof(PipelineRunStateMachine.Paused) or nameof(PipelineRunStateMachine.Halted)))
        {
            foreach (var task in effects.Tasks)
                await context.Send(QueueNames.Address(QueueNames.Role(task.Role)), task);
            foreach (var gate in effects.GateRequests)
                await context.Send(QueueNames.Address(QueueNames.Gates), gate);
        }
        foreach (var work in effects.Scheduled)
            db.Timers.Add(Timers.SagaTimers.Row(run.CorrelationId, work, now));
        foreach (var message in effects.Events)
            await context.Publish(message, message.GetType());
        await context.Publish(new WorkflowStateChanged(run.CorrelationId, Snapshots.Of(run)));
    }

    /// <summary>True (and recorded) when the message claims a role's task but comes from another publisher.</summary>
    static bool Impersonation<T>(BehaviorContext<PipelineRun, T> context, string role, RunContext step) where T : class
    {
        if (context.GetServiceOrCreateInstance<Authorization.PublisherCheck>().Refusal(PublisherIdentity.Of(context), role) is not { } refusal)
            return false;
        var detail = $"refused {typeof(T).Name} for {role}: {refusal}";
        step.Effects.History.Add(RunHistory.Entry(context.Saga, "refusal", context.Saga.WorkflowState, context.Saga.WorkflowState, detail, step.Clock));
        Logger(context).LogWarning("Run {RunId}: {Refusal}", context.Saga.CorrelationId, detail);
        return true;
    }

    static void RecordGate(PipelineRun run, GateResult result)
    {
        run.Progress.Gates.RemoveAll(g => g.Gate == result.Gate);
        run.Progress.Gates.Add(result);
    }

    static ILogger Logger<T>(BehaviorContext<PipelineRun, T> context) where T : class =>
        context.GetServiceOrCreateInstance<ILoggerFactory>().CreateLogger("Orchestrator.Runs");
}
