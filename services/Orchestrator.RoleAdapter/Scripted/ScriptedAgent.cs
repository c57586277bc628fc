using System.Text;
using Orchestrator.Artifacts;
using Orchestrator.Contracts;
using Orchestrator.RoleAdapter.Agents;

namespace Orchestrator.RoleAdapter.Scripted;

/// <summary>
/// The built-in agent: writes deterministic, gate-passing artifacts for every expected output (so a redelivered
/// task produces the same bytes), and plays the fault asked for by configuration or by the run's parameters.
/// </summary>
public sealed class ScriptedAgent(FaultResolver faults, TimeProvider clock, ILogger<ScriptedAgent> logger) : IRoleAgent
{
    private const string TaskBreakdown = "task_breakdown.yaml";

    public async Task<AgentResult> RunAsync(ExecuteRoleTask task, AgentWorkspace workspace, CancellationToken cancellationToken)
    {
        if (faults.Resolve(task, out var error) is not { } fault)
            return AgentResult.Failure(error);
        if (fault.Kind != FaultKind.None)
            logger.LogInformation("Run {RunId}: {Role} plays fault {Fault} on task {TaskId} (attempt {Attempt})",
                task.RunId, task.Role, fault.ToString(), task.TaskId, task.Attempt);
        switch (fault.Kind)
        {
            case FaultKind.Fail:
                return AgentResult.Failure($"scripted fault 'fail': {task.Role} fails every attempt (this was attempt {task.Attempt})");
            case FaultKind.Flake when task.Attempt <= fault.FlakeAttempts:
                return AgentResult.Failure(
                    $"scripted fault 'flake:{fault.FlakeAttempts}': attempt {task.Attempt} fails, attempt {fault.FlakeAttempts + 1} will succeed");
            case FaultKind.Hang:
                await WaitForDeadlineAsync(task.Deadline, cancellationToken);
                return AgentResult.NoReply($"scripted fault 'hang': no answer, the deadline {task.Deadline:O} has passed");
        }
        var taskIds = await ReadTaskIdsAsync(task, workspace.Store, cancellationToken);
        var context = new ScriptedContext(task.RunId, task.Role, fault, taskIds);
        return AgentResult.Success(task.ExpectedOutputs.Select(name => ScriptedArtifacts.Create(name, context)).ToList());
    }

    private async Task WaitForDeadlineAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        // Task.Delay refuses waits beyond about 49 days; a deadline that far away means "never".
        var limit = TimeSpan.FromMilliseconds(uint.MaxValue - 1);
        // A timer may fire a moment before the wall clock reaches the deadline, so wait until it has.
        for (var wait = deadline - clock.GetUtcNow(); wait > TimeSpan.Zero; wait = deadline - clock.GetUtcNow())
            await Task.Delay(wait < limit ? wait : Timeout.InfiniteTimeSpan, clock, cancellationToken);
    }

    /// <summary>The synthesiser must mention the run's real task ids, so it reads the breakdown when it is an input.</summary>
    private static async Task<IReadOnlyList<string>> ReadTaskIdsAsync(ExecuteRoleTask task, ArtifactStore store, CancellationToken cancellationToken)
    {
        if (task.Inputs.FirstOrDefault(i => i.Name == TaskBreakdown) is not { } input)
            return ScriptedTasks.DefaultIds;
        var bytes = await store.ReadAllBytesAsync(input.Location, cancellationToken);
        var ids = ScriptedTasks.ReadIds(Encoding.UTF8.GetString(bytes));
        return ids.Count > 0 ? ids : ScriptedTasks.DefaultIds;
    }
}
