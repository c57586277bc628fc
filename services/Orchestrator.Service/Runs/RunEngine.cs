using Orchestrator.Contracts;
using Orchestrator.Definitions;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Runs;

/// <summary>
/// Moves a run through its pinned pipeline definition: enters states, dispatches each state's steps in order,
/// asks the gate when the state's work is done, and advances on a pass. Pure decisions over the saga instance;
/// the state machine sends what it decides.
/// </summary>
public sealed class RunEngine(PipelineDefinition definition, TimeProvider clock)
{
    public PipelineDefinition Definition => definition;

    /// <summary>True while the run is paused or halted: what finishes is recorded, but no role or gate is started.</summary>
    public bool Hold { get; init; }

    public void Start(PipelineRun run, RunEffects effects)
    {
        var first = definition.NextState(definition.InitialState.Id)
            ?? throw new InvalidOperationException($"The initial state {definition.InitialState.Id} has no next state.");
        EnterState(run, first, effects, "run started");
    }

    public void EnterState(PipelineRun run, string stateId, RunEffects effects, string why)
    {
        var from = run.WorkflowState;
        run.PreviousWorkflowState = from;
        run.WorkflowState = stateId;
        run.Progress.StepIndex = 0;
        run.Progress.StateDispatched.Clear();
        run.Progress.StateCompleted.Clear();
        run.Progress.GatePending = false;
        effects.History.Add(RunHistory.Transition(run, from, stateId, why, clock));
        effects.Changed = true;
        DispatchReady(run, effects);
        AskGateWhenDone(run, effects);
    }

    /// <summary>Dispatches every role of the steps reached so far whose handoff conditions hold.</summary>
    public void DispatchReady(PipelineRun run, RunEffects effects)
    {
        if (Hold)
            return;
        var state = definition.GetState(run.WorkflowState);
        var candidates = state.Steps.Take(run.Progress.StepIndex + 1).SelectMany(s => s.Roles).Concat(state.Support);
        foreach (var assignment in candidates)
        {
            if (run.Progress.StateDispatched.Contains(assignment.Role) || !HandoffSatisfied(run, assignment.Role))
                continue;
            run.Progress.StateDispatched.Add(assignment.Role);
            effects.Tasks.Add(NewTask(run, assignment.Role, assignment.Outputs, attempt: 1, effects));
            effects.Changed = true;
        }
    }

    /// <summary>When neither the role's policy nor the default policy sets a deadline.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromMinutes(30);

    /// <summary>A new task (with its deadline timer) for the role; the caller sends it.</summary>
    public ExecuteRoleTask NewTask(PipelineRun run, string role, IReadOnlyList<string> outputs, int attempt, RunEffects effects)
    {
        var now = clock.GetUtcNow();
        var deadline = now + (definition.RoleDeadline(role, run.WorkflowState) ?? DefaultDeadline);
        var task = new ExecuteRoleTask(
            run.CorrelationId, Guid.NewGuid(), role, run.WorkflowState, attempt,
            run.Progress.Artifacts.ToList(), outputs.ToList(), deadline, run.Progress.Parameters);
        run.Progress.Tasks[task.TaskId] = new RoleTask(role, run.WorkflowState, attempt, task.ExpectedOutputs, now, task.Deadline);
        run.Progress.Attempts[role] = attempt;
        if (!run.Progress.ActiveRoles.Contains(role))
            run.Progress.ActiveRoles.Add(role);
        effects.Scheduled.Add(new ScheduledWork(deadline, new Saga.RoleTaskDeadlineReached(run.CorrelationId, task.TaskId)));
        return task;
    }

    /// <summary>
    /// The work the run is waiting for, sent again: its unfinished tasks (same task ids, so agents treat them as
    /// duplicates) and its pending gate request. Used when a message comes back after a crash, because the crash
    /// may have struck after the saga committed and before those messages left.
    /// </summary>
    public void ReemitPending(PipelineRun run, RunEffects effects)
    {
        foreach (var (taskId, task) in run.Progress.Tasks.Where(t => !t.Value.Completed && t.Value.State == run.WorkflowState))
            effects.Tasks.Add(new ExecuteRoleTask(run.CorrelationId, taskId, task.Role, task.State, task.Attempt,
                run.Progress.Artifacts.ToList(), task.ExpectedOutputs.ToList(), task.Deadline, run.Progress.Parameters));
        if (run.Progress.GatePending)
        {
            run.Progress.GatePending = false;
            AskGateWhenDone(run, effects);
        }
    }

    /// <summary>
    /// A task of an earlier state finished (a support role working beside the main line, typically): the role is
    /// no longer active, but the current state's steps do not depend on it.
    /// </summary>
    public void FinishEarlierTask(PipelineRun run, string role, RunEffects effects)
    {
        if (!run.Progress.Tasks.Values.Any(t => t.Role == role && !t.Completed))
            run.Progress.ActiveRoles.Remove(role);
        if (!run.Progress.CompletedRoles.Contains(role))
            run.Progress.CompletedRoles.Add(role);
        effects.Changed = true;
    }

    /// <summary>Marks the role done in this state; advances the step when all its roles are done; asks the gate at the end.</summary>
    public void CompleteRole(PipelineRun run, string role, RunEffects effects)
    {
        run.Progress.ActiveRoles.Remove(role);
        if (!run.Progress.CompletedRoles.Contains(role))
            run.Progress.CompletedRoles.Add(role);
        if (!run.Progress.StateCompleted.Contains(role))
            run.Progress.StateCompleted.Add(role);
        var steps = definition.GetState(run.WorkflowState).Steps;
        while (run.Progress.StepIndex < steps.Count - 1
               && steps[run.Progress.StepIndex].Roles.All(r => run.Progress.StateCompleted.Contains(r.Role)))
            run.Progress.StepIndex++;
        effects.Changed = true;
        DispatchReady(run, effects);
        AskGateWhenDone(run, effects);
    }

    public void AskGateWhenDone(PipelineRun run, RunEffects effects)
    {
        var state = definition.GetState(run.WorkflowState);
        var mainDone = state.Steps.SelectMany(s => s.Roles).All(r => run.Progress.StateCompleted.Contains(r.Role));
        var outputsReady = state.ExpectedOutputs.All(name => run.Progress.Artifacts.Any(a => a.Name == name));
        if (Hold || run.Progress.GatePending || !mainDone || !outputsReady)
            return;
        if (state.Gate is null)
        {
            PassState(run, effects, "state has no gate");
            return;
        }
        run.Progress.GatePending = true;
        effects.GateRequests.Add(new EvaluateGate(
            run.CorrelationId, state.Gate, state.Id, run.Progress.Artifacts.ToList(), run.DefinitionHash,
            run.Progress.ArtifactAttributes.ToDictionary(
                a => a.Key, a => (IReadOnlyDictionary<string, string>)a.Value)));
        effects.Changed = true;
    }

    /// <summary>The state's gate passed (or it has none): checkpoint, then the next state or completion.</summary>
    public void PassState(PipelineRun run, RunEffects effects, string why)
    {
        run.Checkpoint = run.WorkflowState;
        run.Progress.GatePending = false;
        var state = definition.GetState(run.WorkflowState);
        if (state.Final || state.Next is null)
        {
            effects.History.Add(RunHistory.Entry(run, "transition", run.WorkflowState, "COMPLETED", why, clock));
            effects.NewStatus = RunStatus.Completed;
            // Support roles may still be writing; the run no longer waits for anyone.
            run.Progress.ActiveRoles.Clear();
            effects.Events.Add(new PipelineCompleted(run.CorrelationId, clock.GetUtcNow()));
            effects.Changed = true;
            return;
        }
        if (!definition.IsTransitionAllowed(state.Id, state.Next))
        {
            // The loader rejects such a definition; a pinned snapshot from an older build could still carry one.
            effects.History.Add(RunHistory.Entry(run, "refusal", state.Id, state.Next,
                $"the transition {state.Id} → {state.Next} is not in the allowed table of {state.Id}", clock));
            Block(run, $"transition {state.Id} → {state.Next} refused", effects);
            return;
        }
        EnterState(run, state.Next, effects, why);
    }

    /// <summary>Runs the named roles of the current state again (new tasks, next attempt); the gate is asked once they finish.</summary>
    public void Redispatch(PipelineRun run, IReadOnlyList<string> roles, RunEffects effects)
    {
        var state = definition.GetState(run.WorkflowState);
        foreach (var assignment in state.ActiveRoles.Where(a => roles.Contains(a.Role)))
        {
            run.Progress.StateCompleted.Remove(assignment.Role);
            var attempt = run.Progress.Attempts.GetValueOrDefault(assignment.Role) + 1;
            effects.Tasks.Add(NewTask(run, assignment.Role, assignment.Outputs, attempt, effects));
        }
        effects.History.Add(RunHistory.Entry(run, "redispatch", run.WorkflowState, run.WorkflowState, $"re-dispatched {string.Join(", ", roles)}", clock));
        effects.Changed = true;
    }

    /// <summary>BLOCK: the run waits in the hold state (BLOCKED) until RESUME, which re-enters the state it came from.</summary>
    public void Block(PipelineRun run, string reason, RunEffects effects)
    {
        effects.NewStatus = RunStatus.Blocked;
        effects.Changed = true;
        // Whatever is still in flight will be ignored until RESUME, which dispatches afresh.
        run.Progress.ActiveRoles.Clear();
        if (definition.HoldState is not { } hold || run.WorkflowState == hold.Id)
        {
            effects.History.Add(RunHistory.Entry(run, "blocked", run.WorkflowState, run.WorkflowState, reason, clock));
            return;
        }
        effects.History.Add(RunHistory.Transition(run, run.WorkflowState, hold.Id, $"blocked: {reason}", clock));
        run.PreviousWorkflowState = run.WorkflowState;
        run.WorkflowState = hold.Id;
    }

    bool HandoffSatisfied(PipelineRun run, string role) =>
        definition.DispatchConditions(run.WorkflowState, role).All(condition =>
            run.Progress.Artifacts.Any(a => a.Name == condition.Artifact)
            && condition.IsSatisfiedBy(run.Progress.ArtifactAttributes.GetValueOrDefault(condition.Artifact) ?? []));
}
