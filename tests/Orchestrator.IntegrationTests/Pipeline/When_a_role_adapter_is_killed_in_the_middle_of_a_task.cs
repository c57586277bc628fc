using Microsoft.EntityFrameworkCore;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Pipeline;

/// <summary>
/// The codegen adapter takes its task and hangs (a scripted fault set on that process only), then dies by SIGKILL.
/// RabbitMQ delivers the unacknowledged task again to the fresh adapter, which completes it exactly once.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_a_role_adapter_is_killed_in_the_middle_of_a_task(StackFixture stack) : IAsyncLifetime
{
    TestEnvironment environment = null!;
    RunningSystem system = null!;
    TestBus bus = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("adapter-kill");
        system = await RunningSystem.StartAsync(environment, roleSettings: new Dictionary<string, Dictionary<string, string>>
        {
            ["codegen_ai"] = new() { ["RoleAdapter__Faults__codegen_ai"] = "hang" },
        });
        bus = await TestBus.StartAsync(environment);
    }

    [Fact]
    public async Task Should_deliver_the_task_again_and_complete_it_once()
    {
        var runId = Guid.NewGuid();
        await bus.Bus.Publish(new StartPipeline(runId, "integration-test"));
        await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.State == "DEVELOPMENT");

        await system.ReplaceAdapterAsync("codegen_ai");

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
        Assert.Equal(1, await db.RunHistory.CountAsync(h => h.RunId == runId && h.Kind == "artifact" && h.Detail.StartsWith("codegen_ai produced source_code")));
        Assert.Single(run.Progress.Tasks.Values, t => t.Role == "codegen_ai");
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await system.DisposeAsync();
        await environment.DisposeAsync();
    }
}
