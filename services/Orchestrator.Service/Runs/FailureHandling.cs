using Orchestrator.Contracts;
using Orchestrator.Definitions;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Runs;

/// <summary>Applies the definition's error policy to a failed role task or a failed gate.</summary>
public sealed class FailureHandling(PipelineDefinition definition, RunEngine engine, TimeProvider clock)
{
    public void RoleFailed(PipelineRun run, RoleTask task, string reason, RunEffects effects)
    {
        var policy = definition.ResolveRolePolicy(task.Role, run.WorkflowState);
        run.LastError = $"{task.Role} failed (attempt {task.Attempt}): {reason}";
        effects.History.Add(RunHistory.Entry(run, "error", run.WorkflowState, run.WorkflowState, run.LastError, clock));
        effects.Changed = true;
        if (policy.Action == PolicyAction.WaitRetry && task.Attempt < (policy.MaxAttempts ?? 1))
        {
            effects.Tasks.Add(engine.NewTask(run, task.Role, task.ExpectedOutputs, task.Attempt + 1));
            return;
        }
        run.Progress.ActiveRoles.Remove(task.Role);
        Apply(run, FollowUp(policy), run.LastError, effects);
    }

    public void GateFailed(PipelineRun run, GateFailed failed, RunEffects effects)
    {
        run.Progress.GatePending = false;
        var reasons = string.Join("; ", failed.Failures.Select(f => $"{f.Rule}: {f.Message}"));
        run.LastError = $"gate {failed.Gate} failed: {reasons}";
        effects.History.Add(RunHistory.Entry(run, "gate", run.WorkflowState, run.WorkflowState, run.LastError, clock));
        effects.Changed = true;
        var policy = definition.GetGate(failed.Gate).OnFail is { } id
            ? definition.ErrorPolicies.Get(id)
            : definition.ErrorPolicies.Get(definition.ErrorPolicies.Default);
        Apply(run, policy.Action == PolicyAction.WaitRetry ? FollowUp(policy) : policy, run.LastError, effects);
    }

    ErrorPolicy FollowUp(ErrorPolicy policy) =>
        policy.Action == PolicyAction.WaitRetry
            ? policy.OnExhausted is { } next ? definition.ErrorPolicies.Get(next) : policy with { Action = PolicyAction.Block }
            : policy;

    void Apply(PipelineRun run, ErrorPolicy policy, string reason, RunEffects effects)
    {
        switch (policy.Action)
        {
            case PolicyAction.HaltPipeline:
                effects.NewStatus = RunStatus.Halted;
                effects.Events.Add(new PipelineHalted(run.CorrelationId, reason, run.WorkflowState));
                break;
            case PolicyAction.Escalate:
                effects.Events.Add(new EscalationRaised(run.CorrelationId, policy.EscalationTarget ?? "operators", reason, run.WorkflowState));
                effects.NewStatus = RunStatus.Blocked;
                break;
            default:
                effects.NewStatus = RunStatus.Blocked;
                break;
        }
    }
}
