using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Pipeline;

/// <summary>
/// The least-privilege users of infra/rabbitmq/definitions.json are enough to run the product: the gates, the state
/// writer and each role's adapter connect as their own user with exactly the shipped permissions, and the role
/// adapters' artifacts are accepted because the broker-validated user is the task's role.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_every_service_connects_as_its_own_user(StackFixture stack) : IAsyncLifetime
{
    TestEnvironment environment = null!;
    RunningSystem system = null!;
    TestBus bus = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("own-users");
        bus = await TestBus.StartAsync(environment);
        system = await RunningSystem.StartAsync(environment, ownUsers: true);
    }

    [Fact]
    public async Task Should_complete_the_default_pipeline_with_the_shipped_permissions_only()
    {
        var runId = Guid.NewGuid();
        await bus.Bus.Publish(new StartPipeline(runId, "integration-test"));

        PipelineCompleted completed;
        try
        {
            completed = await bus.WaitFor<PipelineCompleted>(m => m.RunId == runId, TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{system.Logs()}", e);
        }

        Assert.Equal(runId, completed.RunId);
        var connected = await environment.ConnectedUsersAsync();
        var expected = new[] { "gates", "state-writer" }.Concat(RunningSystem.Roles.Select(RunningSystem.UserOf));
        Assert.Empty(expected.Except(connected));
        var final = bus.Received<WorkflowStateChanged>().Where(m => m.RunId == runId).MaxBy(m => m.Snapshot.Version)!;
        Assert.All(final.Snapshot.Artifacts, artifact => Assert.Contains(artifact.Role, RunningSystem.Roles));
        Assert.Equal(RunningSystem.Roles.Order(), final.Snapshot.CompletedRoles.Order());
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await system.DisposeAsync();
        await environment.DisposeAsync();
    }
}
