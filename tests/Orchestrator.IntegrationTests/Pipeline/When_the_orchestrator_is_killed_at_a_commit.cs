using Microsoft.EntityFrameworkCore;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Pipeline;

/// <summary>
/// SIGKILL at the exact phases of the transaction that moves a run into a workflow state (the test-only hook
/// <c>Testing__CrashAt</c>): before it commits, and after it commits but before anything it sends has left. The
/// orchestrator restarted without the hook completes the run, and the history shows every transition exactly once.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_the_orchestrator_is_killed_at_a_commit(StackFixture stack) : IAsyncLifetime
{
    static readonly string[] WorkStates = ["PLANNING", "AUDIT", "VALIDATION", "SYNTHESIS", "DEVELOPMENT", "TESTING", "DEPLOYMENT", "MONITORING", "COMPLETED"];
    TestEnvironment environment = null!;
    TestBus bus = null!;
    RunningSystem? system;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("commit-kill");
        bus = await TestBus.StartAsync(environment);
    }

    async Task<List<string?>> Transitions(Guid runId)
    {
        await using var db = Database.Open(environment);
        return await db.RunHistory.Where(h => h.RunId == runId && h.Kind == "transition").OrderBy(h => h.Id).Select(h => h.ToState).ToListAsync();
    }

    async Task<(int Open, List<string> WithoutDeadline)> OpenTasksWithoutDeadline(Guid runId)
    {
        await using var db = Database.Open(environment);
        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.CorrelationId == runId);
        var timers = await db.Timers.Where(t => t.CorrelationId == runId && t.MessageType.EndsWith(":RoleTaskDeadlineReached"))
            .Select(t => t.Body).ToListAsync();
        var open = run.Progress.Tasks.Where(t => !t.Value.Completed).ToList();
        return (open.Count, open.Where(t => !timers.Any(body => body.Contains(t.Key.ToString("D"))))
            .Select(t => $"{t.Value.Role} in {t.Value.State}").ToList());
    }

    // One case per phase, in two different states (the suite's time is kept short; any state exercises the same code).
    [Theory]
    [InlineData("before-commit", "AUDIT", 0)]
    [InlineData("after-commit", "DEVELOPMENT", 1)]
    public async Task Should_complete_the_run_after_a_restart_with_every_transition_once(string phase, string state, int committed)
    {
        system = await RunningSystem.StartAsync(environment, orchestratorSettings: new Dictionary<string, string> { ["Testing__CrashAt"] = $"{phase}:{state}" });
        var runId = Guid.NewGuid();
        await bus.Bus.Publish(new StartPipeline(runId, "integration-test"));

        await Eventually.True(() => Task.FromResult(system.Orchestrator.HasExited), TimeSpan.FromSeconds(120),
            $"the orchestrator to kill itself {phase} of the transition to {state}");
        Assert.Contains($"killing the orchestrator {phase} of the transition to {state}", system.Orchestrator.Output);
        Assert.Equal(committed, (await Transitions(runId)).Count(s => s == state));
        // The deadlines of the tasks it dispatched committed with the saga, though the tasks themselves never left.
        var (open, withoutDeadline) = await OpenTasksWithoutDeadline(runId);
        Assert.True(committed == 0 || open > 0, $"the committed transition to {state} should have recorded its tasks");
        Assert.Empty(withoutDeadline);
        await system.RestartOrchestratorAsync();

        try
        {
            await bus.WaitFor<PipelineCompleted>(m => m.RunId == runId, TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{system.Logs()}", e);
        }
        Assert.Equal(WorkStates, await Transitions(runId));
        Assert.Equal(0, await environment.QueueDepthAsync("orchestrator-pipeline-run_error"));
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        if (system is not null)
            await system.DisposeAsync();
        await environment.DisposeAsync();
    }
}
