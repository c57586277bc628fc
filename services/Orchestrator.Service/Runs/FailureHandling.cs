using Orchestrator.Contracts;
using Orchestrator.Definitions;
using Orchestrator.Service.Persistence.Entities;
using Orchestrator.Service.Saga;

namespace Orchestrator.Service.Runs;

/// <summary>
/// Applies the definition's error policies: WAIT_RETRY schedules a durable retry after its back-off, then hands over
/// to its <c>on_exhausted</c> policy; ESCALATE raises <see cref="EscalationRaised"/>; BLOCK moves the run to the hold
/// state until RESUME; HALT_PIPELINE halts it. Failed tasks, missed deadlines and failed gates all come here.
/// </summary>
public sealed class FailureHandling(PipelineDefinition definition, RunEngine engine, TimeProvider clock)
{
    public void RoleFailed(PipelineRun run, Guid taskId, RoleTask task, string reason, RunEffects effects)
    {
        var policy = definition.ResolveRolePolicy(task.Role, task.State);
        run.LastError = $"{task.Role} failed (attempt {task.Attempt}): {reason}";
        Record(run, "error", run.LastError, effects);
        if (policy.Action == PolicyAction.WaitRetry && task.Attempt < (policy.MaxAttempts ?? 1))
        {
            var delay = policy.Backoff?.DelayBeforeRetry(task.Attempt) ?? TimeSpan.Zero;
            effects.Scheduled.Add(new ScheduledWork(clock.GetUtcNow() + delay, new RoleTaskRetryDue(run.CorrelationId, taskId)));
            Record(run, "retry", $"{task.Role} attempt {task.Attempt + 1} of {policy.MaxAttempts} in {delay} ({policy.Id})", effects);
            return;
        }
        run.Progress.ActiveRoles.Remove(task.Role);
        Apply(run, policy.Action == PolicyAction.WaitRetry ? Exhausted(policy) : policy, run.LastError, effects);
    }

    /// <summary>The back-off of a failed task elapsed: dispatch its next attempt, unless the run moved on meanwhile.</summary>
    public void RetryRole(PipelineRun run, RoleTask failed, RunEffects effects)
    {
        if (failed.State != run.WorkflowState || run.Progress.Attempts.GetValueOrDefault(failed.Role) != failed.Attempt)
            return;
        effects.Tasks.Add(engine.NewTask(run, failed.Role, failed.ExpectedOutputs, failed.Attempt + 1, effects));
        effects.Changed = true;
    }

    public void GateFailed(PipelineRun run, GateFailed failed, RunEffects effects)
    {
        run.Progress.GatePending = false;
        run.Progress.Gates.RemoveAll(g => g.Gate == failed.Gate);
        run.Progress.Gates.Add(new GateResult(failed.Gate, false, failed.Failures, failed.EvaluatedAt));
        var outcomes = failed.Failures.Select(f => new RuleOutcome(f.Rule, f.Message, f.Blocking)).ToList();
        run.LastError = $"gate {failed.Gate} failed: {string.Join("; ", failed.Failures.Select(f => $"{f.Rule}: {f.Message}"))}";
        Record(run, "gate", run.LastError, effects);
        if (definition.FindSpecialCase(failed.Gate, outcomes.Select(o => o.RuleId)) is { } special)
            Record(run, "special_case", $"{special.Id}: {special.Description}", effects);
        var policy = definition.ResolveGatePolicy(failed.Gate, outcomes);
        var attempt = run.Progress.GateAttempts[failed.Gate] = run.Progress.GateAttempts.GetValueOrDefault(failed.Gate) + 1;
        if (policy.Action == PolicyAction.WaitRetry && attempt < (policy.MaxAttempts ?? 1))
        {
            var delay = policy.Backoff?.DelayBeforeRetry(attempt) ?? TimeSpan.Zero;
            effects.Scheduled.Add(new ScheduledWork(clock.GetUtcNow() + delay, new GateRetryDue(run.CorrelationId, failed.Gate, attempt)));
            Record(run, "retry", $"gate {failed.Gate}: retry {attempt + 1} of {policy.MaxAttempts} in {delay} ({policy.Id})", effects);
            return;
        }
        Apply(run, policy.Action == PolicyAction.WaitRetry ? Exhausted(policy) : policy, run.LastError, effects);
    }

    /// <summary>A failed gate's back-off elapsed: back to the policy's retry state, or re-dispatch its roles, or redo the state.</summary>
    public void RetryGate(PipelineRun run, GateRetryDue due, RunEffects effects)
    {
        var result = run.Progress.Gates.FirstOrDefault(g => g.Gate == due.Gate);
        if (result is null || result.Passed || run.Progress.GateAttempts.GetValueOrDefault(due.Gate) != due.Attempt
            || definition.GetState(run.WorkflowState).Gate != due.Gate)
            return;
        var policy = definition.ResolveGatePolicy(due.Gate, result.Failures.Select(f => new RuleOutcome(f.Rule, f.Message, f.Blocking)).ToList());
        var why = $"gate {due.Gate} retry {due.Attempt + 1} ({policy.Id})";
        if (policy.RetryState is { } target)
        {
            if (!definition.IsTransitionAllowed(run.WorkflowState, target))
            {
                Record(run, "refusal", $"{why}: the transition {run.WorkflowState} → {target} is not in the allowed table", effects);
                Apply(run, definition.ErrorPolicies.Get(definition.ErrorPolicies.OnBlocking), $"{why} refused", effects);
                return;
            }
            engine.EnterState(run, target, effects, why);
        }
        else if (policy.Redispatch.Count > 0)
            engine.Redispatch(run, policy.Redispatch, effects);
        else
            engine.EnterState(run, run.WorkflowState, effects, why);
    }

    ErrorPolicy Exhausted(ErrorPolicy policy) =>
        definition.ErrorPolicies.WhenExhausted(policy) ?? policy with { Action = PolicyAction.Block };

    void Apply(PipelineRun run, ErrorPolicy policy, string reason, RunEffects effects)
    {
        switch (policy.Action)
        {
            case PolicyAction.HaltPipeline:
                effects.NewStatus = RunStatus.Halted;
                effects.Events.Add(new PipelineHalted(run.CorrelationId, reason, run.WorkflowState));
                Record(run, "halted", reason, effects);
                break;
            case PolicyAction.Escalate:
                var target = policy.EscalationTarget ?? "operators";
                effects.Events.Add(new EscalationRaised(run.CorrelationId, target, reason, run.WorkflowState));
                Record(run, "escalation", $"escalated to {target}: {reason}", effects);
                Apply(run, definition.ErrorPolicies.WhenExhausted(policy) ?? policy with { Action = PolicyAction.Block }, reason, effects);
                break;
            default:
                engine.Block(run, reason, effects);
                break;
        }
    }

    void Record(PipelineRun run, string kind, string detail, RunEffects effects)
    {
        effects.History.Add(RunHistory.Entry(run, kind, run.WorkflowState, run.WorkflowState, detail, clock));
        effects.Changed = true;
    }
}
