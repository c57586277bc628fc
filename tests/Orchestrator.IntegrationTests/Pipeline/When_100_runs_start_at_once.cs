using Microsoft.EntityFrameworkCore;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Pipeline;

/// <summary>
/// 100 runs started in one burst on one system: each goes its own way. 95 complete with exactly the default
/// pipeline's transitions and artifacts of their own; 5, whose codegen_ai never answers, wait in DEVELOPMENT
/// without holding up the others.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_100_runs_start_at_once(StackFixture stack) : IAsyncLifetime
{
    const int Runs = 100;
    const int Hanging = 5;
    static readonly string[] Transitions = ["PLANNING", "AUDIT", "VALIDATION", "SYNTHESIS", "DEVELOPMENT", "TESTING", "DEPLOYMENT", "MONITORING", "COMPLETED"];
    TestEnvironment environment = null!;
    RunningSystem system = null!;
    TestBus bus = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("hundred-runs");
        bus = await TestBus.StartAsync(environment);
        system = await RunningSystem.StartAsync(environment);
    }

    [Fact]
    public async Task Should_complete_every_run_independently()
    {
        var runIds = Enumerable.Range(0, Runs).Select(_ => Guid.NewGuid()).ToList();
        var hanging = runIds.Take(Hanging).ToHashSet();
        await Task.WhenAll(runIds.Select((id, i) => bus.Bus.Publish(new StartPipeline(id, "integration-test",
            new Dictionary<string, string>(hanging.Contains(id) ? [new("fault.codegen_ai", "hang")] : []) { ["brief"] = $"product {i}" }))));

        try
        {
            await Eventually.True(() => Task.FromResult(bus.Received<PipelineCompleted>().Select(m => m.RunId).Distinct().Count() == Runs - Hanging),
                TimeSpan.FromSeconds(600), $"{Runs - Hanging} runs to complete");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} ({bus.Received<PipelineCompleted>().Select(m => m.RunId).Distinct().Count()} did)\n{system.Logs()}", e);
        }

        await using var db = Database.Open(environment);
        var runs = await db.Runs.AsNoTracking().ToDictionaryAsync(r => r.CorrelationId);
        var history = (await db.RunHistory.AsNoTracking().Where(h => h.Kind == "transition").OrderBy(h => h.Id)
            .Select(h => new { h.RunId, h.ToState }).ToListAsync()).ToLookup(h => h.RunId, h => h.ToState);
        Assert.Equal(runIds.Order(), runs.Keys.Order());
        foreach (var id in runIds.Where(id => !hanging.Contains(id)))
        {
            Assert.Equal(Transitions, history[id]);
            Assert.Equal(12, runs[id].Progress.Artifacts.Count);
            Assert.All(runs[id].Progress.Artifacts, a => Assert.StartsWith($"runs/{id:N}/", a.Location));
        }
        foreach (var id in hanging)
        {
            Assert.Equal(("Running", "DEVELOPMENT"), (runs[id].CurrentState, runs[id].WorkflowState));
            Assert.Equal(Transitions[..5], history[id]);
        }
        Assert.DoesNotContain(bus.Received<PipelineCompleted>(), m => hanging.Contains(m.RunId));
        Assert.Equal(0, await environment.QueueDepthAsync("orchestrator-pipeline-run_error"));
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await system.DisposeAsync();
        await environment.DisposeAsync();
    }
}
