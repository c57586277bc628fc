using Microsoft.EntityFrameworkCore;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Pipeline;

/// <summary>SIGKILL, not disposal: whatever the process held in memory is gone; PostgreSQL and RabbitMQ must carry the run.</summary>
[Collection(StackCollection.Name)]
public sealed class When_the_orchestrator_is_killed_in_the_middle_of_a_run(StackFixture stack) : IAsyncLifetime
{
    static readonly string[] WorkStates = ["PLANNING", "AUDIT", "VALIDATION", "SYNTHESIS", "DEVELOPMENT", "TESTING", "DEPLOYMENT", "MONITORING", "COMPLETED"];

    TestEnvironment environment = null!;
    RunningSystem system = null!;
    TestBus bus = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("orchestrator-kill");
        system = await RunningSystem.StartAsync(environment);
        bus = await TestBus.StartAsync(environment);
    }

    [Fact]
    public async Task Should_continue_from_postgresql_and_complete_every_state_once()
    {
        var runId = Guid.NewGuid();
        await bus.Bus.Publish(new StartPipeline(runId, "integration-test"));
        await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.State == "AUDIT");

        await system.Orchestrator.KillAsync();
        var killedAt = bus.Received<WorkflowStateChanged>().Where(m => m.RunId == runId).Max(m => m.Snapshot.Version);
        await system.RestartOrchestratorAsync();

        try
        {
            await bus.WaitFor<PipelineCompleted>(m => m.RunId == runId, TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} (killed at saga version {killedAt})\n{system.Logs()}", e);
        }
        await using var db = Database.Open(environment);
        var transitions = await db.RunHistory.Where(h => h.RunId == runId && h.Kind == "transition")
            .OrderBy(h => h.Id).Select(h => h.ToState).ToListAsync();
        Assert.Equal(WorkStates, transitions);
        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.CorrelationId == runId);
        Assert.Equal("Completed", run.CurrentState);
        Assert.Equal(12, run.Progress.Artifacts.Count);
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await system.DisposeAsync();
        await environment.DisposeAsync();
    }
}
