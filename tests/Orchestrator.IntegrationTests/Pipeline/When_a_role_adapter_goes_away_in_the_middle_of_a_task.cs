using Microsoft.EntityFrameworkCore;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Pipeline;

/// <summary>
/// The codegen adapter takes its task and hangs (a scripted fault set on that process only), then goes away: killed
/// (SIGKILL, a crash) or asked to stop (SIGTERM, a deployment; it cancels the task after its 5 s of grace). Either
/// way the task was never acknowledged, so it is back in its queue, nothing lands in <c>_error</c>, and a fresh
/// adapter completes it exactly once, as the same attempt.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_a_role_adapter_goes_away_in_the_middle_of_a_task(StackFixture stack) : IAsyncLifetime
{
    TestEnvironment environment = null!;
    RunningSystem system = null!;
    TestBus bus = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("adapter-away");
        system = await RunningSystem.StartAsync(environment, roleSettings: new Dictionary<string, Dictionary<string, string>>
        {
            ["codegen_ai"] = new() { ["RoleAdapter__Faults__codegen_ai"] = "hang" },
        });
        bus = await TestBus.StartAsync(environment);
    }

    [Theory]
    [InlineData("killed")]
    [InlineData("stopped")]
    public async Task Should_put_the_task_back_and_let_the_next_adapter_complete_it_once(string how)
    {
        var runId = Guid.NewGuid();
        await bus.Bus.Publish(new StartPipeline(runId, "integration-test"));
        var hanging = system.Adapter("codegen_ai");
        await Eventually.True(() => Task.FromResult(hanging.Output.Contains("plays fault")), TimeSpan.FromSeconds(60),
            "the codegen adapter to take its task and hang");

        if (how == "killed")
            await hanging.KillAsync();
        else
            Assert.Equal(0, await hanging.StopAsync());
        await Eventually.True(async () => await environment.QueueDepthAsync("role-codegen-ai") == 1, TimeSpan.FromSeconds(30),
            "the task to be back in role-codegen-ai");
        Assert.Equal(0, await environment.QueueDepthAsync("role-codegen-ai_error"));

        await system.StartAdapterAgainAsync("codegen_ai");
        try
        {
            await bus.WaitFor<PipelineCompleted>(m => m.RunId == runId, TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{system.Logs()}", e);
        }
        await using var db = Database.Open(environment);
        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.CorrelationId == runId);
        Assert.Equal(1, run.Progress.Attempts["codegen_ai"]);
        Assert.Single(run.Progress.Tasks.Values, t => t.Role == "codegen_ai");
        Assert.Equal(1, await db.RunHistory.CountAsync(h => h.RunId == runId && h.Kind == "artifact" && h.Detail.StartsWith("codegen_ai produced source_code")));
        Assert.Equal(0, await environment.QueueDepthAsync("role-codegen-ai_error"));
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await system.DisposeAsync();
        await environment.DisposeAsync();
    }
}
