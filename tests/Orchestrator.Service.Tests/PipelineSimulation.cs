using Orchestrator.Contracts;
using Orchestrator.Definitions;
using Orchestrator.Service.Persistence.Entities;
using Orchestrator.Service.Runs;

namespace Orchestrator.Service.Tests;

/// <summary>Drives a run through the shipped gates/ definition with agents that answer at once and gates that pass.</summary>
public sealed class PipelineSimulation
{
    public PipelineSimulation(Func<PipelineDefinition, PipelineDefinition>? change = null)
    {
        var loaded = DefinitionLoader.Load(Path.Combine(RepositoryRoot.Path, "gates"));
        Definition = change is null ? loaded : change(loaded);
        Engine = new RunEngine(Definition, TimeProvider.System);
        Failures = new FailureHandling(Definition, Engine, TimeProvider.System);
        Run = new PipelineRun { CorrelationId = Guid.NewGuid(), DefinitionHash = Definition.Hash };
    }

    public PipelineDefinition Definition { get; }
    public RunEngine Engine { get; }
    public FailureHandling Failures { get; }
    public Queue<object> Timers { get; } = new();
    public List<object> Events { get; } = [];
    public PipelineRun Run { get; }
    public Queue<ExecuteRoleTask> Tasks { get; } = new();
    public Queue<EvaluateGate> Gates { get; } = new();
    public List<string> States { get; } = [];
    public string? Status { get; private set; }

    public void Start() => Apply(effects => Engine.Start(Run, effects));

    public ArtifactReady Produce(ExecuteRoleTask task, string name, string sha = "ab12") =>
        new(Run.CorrelationId, task.TaskId, task.Role, name, $"runs/{Run.CorrelationId:N}/{name}", sha, 10,
            name == "technical_plan.md" ? new Dictionary<string, string> { ["status"] = "approved" } : null);

    public string? Deliver(ArtifactReady artifact)
    {
        string? refusal = null;
        Apply(effects =>
        {
            refusal = ArtifactIntake.Accept(Run, artifact, effects, TimeProvider.System);
            if (refusal is null && effects.Changed)
            {
                Engine.DispatchReady(Run, effects);
                Engine.AskGateWhenDone(Run, effects);
            }
        });
        return refusal;
    }

    /// <summary>The agent publishes every expected output, then completes.</summary>
    public void Perform(ExecuteRoleTask task)
    {
        foreach (var output in task.ExpectedOutputs)
            Deliver(Produce(task, output));
        Apply(effects => Engine.CompleteRole(Run, task.Role, effects));
    }

    public void Fail(ExecuteRoleTask task, string reason = "agent crashed")
    {
        var record = Run.Progress.Tasks[task.TaskId];
        Run.Progress.Tasks[task.TaskId] = record with { Completed = true };
        Apply(e => Failures.RoleFailed(Run, task.TaskId, record, reason, e));
    }

    public void FailGate(EvaluateGate gate, string rule, bool blocking = false) =>
        Apply(e => Failures.GateFailed(Run, new GateFailed(Run.CorrelationId, gate.Gate, gate.State,
            [new GateRuleFailure(rule, $"{rule} does not hold", blocking)], DateTimeOffset.UtcNow), e));

    /// <summary>Fires the next durable timer (a retry's back-off), as the scheduler would.</summary>
    public void FireTimer() => Apply(e =>
    {
        switch (Timers.Dequeue())
        {
            case Saga.RoleTaskRetryDue due:
                Failures.RetryRole(Run, Run.Progress.Tasks[due.FailedTaskId], e);
                break;
            case Saga.GateRetryDue due:
                Failures.RetryGate(Run, due, e);
                break;
        }
    });

    /// <summary>Answers tasks and passes gates until the run reaches the state.</summary>
    public void RunUntil(string state)
    {
        while (Run.WorkflowState != state)
        {
            if (Tasks.TryDequeue(out var task)) Perform(task);
            else PassGate(Gates.Dequeue());
        }
    }

    public void PassGate(EvaluateGate gate) => Apply(effects =>
    {
        Run.Progress.Gates.RemoveAll(g => g.Gate == gate.Gate);
        Run.Progress.Gates.Add(new GateResult(gate.Gate, true, [], DateTimeOffset.UtcNow));
        Engine.PassState(Run, effects, $"gate {gate.Gate} passed");
    });

    /// <summary>Answers tasks and gates until nothing is left or the run settles.</summary>
    public void RunToEnd(int maxSteps = 200)
    {
        for (var i = 0; i < maxSteps && Status is null; i++)
        {
            if (Tasks.TryDequeue(out var task))
                Perform(task);
            else if (Gates.TryDequeue(out var gate))
                PassGate(gate);
            else
                return;
        }
    }

    public RunEffects Apply(Action<RunEffects> step)
    {
        var effects = new RunEffects();
        var before = Run.WorkflowState;
        step(effects);
        foreach (var task in effects.Tasks)
            Tasks.Enqueue(task);
        foreach (var gate in effects.GateRequests)
            Gates.Enqueue(gate);
        foreach (var timer in effects.Scheduled.Where(t => t.Message is not Saga.RoleTaskDeadlineReached))
            Timers.Enqueue(timer.Message);
        Events.AddRange(effects.Events);
        foreach (var entry in effects.History.Where(h => h.Kind == "transition" && h.ToState != before))
            States.Add(entry.ToState!);
        Status ??= effects.NewStatus;
        return effects;
    }
}
