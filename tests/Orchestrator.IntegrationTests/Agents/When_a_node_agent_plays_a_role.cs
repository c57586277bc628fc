using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Agents;

/// <summary>
/// A whole run of the default pipeline where observability_ai, the role that completes the run, is the Node.js agent
/// of <c>examples/node-agent</c>: it connects as its own RabbitMQ user with exactly the permissions of
/// <c>infra/rabbitmq/definitions.json</c>, and uses only what the README documents.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_a_node_agent_plays_a_role(StackFixture stack) : IAsyncLifetime
{
    const string Role = "observability_ai";
    const string User = "role-observability-ai";
    TestEnvironment environment = null!;
    RunningSystem system = null!;
    TestBus bus = null!;
    NodeAgent agent = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("node-agent");
        // The role's adapter runs with the external agent: it leaves the role's queue to the outside agent.
        system = await RunningSystem.StartAsync(environment,
            roleSettings: new Dictionary<string, Dictionary<string, string>> { [Role] = new() { ["RoleAdapter__Agent"] = "external" } });
        bus = await TestBus.StartAsync(environment);
        await environment.CreateShippedUserAsync(User);
        agent = await NodeAgent.StartAsync(environment, Role, User, password: User);
    }

    [Fact]
    public async Task Should_complete_the_run_with_the_node_agents_artifact_accepted_from_its_own_user()
    {
        var runId = Guid.NewGuid();
        await bus.Bus.Publish(new StartPipeline(runId, "integration-test", new Dictionary<string, string>()));

        WorkflowStateChanged completed;
        try
        {
            completed = await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.Status == "completed",
                TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n--- node agent ---\n{agent.Output}\n{system.Logs()}", e);
        }

        await agent.WaitForOutput($"completed task");
        var plan = Assert.Single(completed.Snapshot.Artifacts, a => a.Name == "monitoring_plan.md");
        Assert.Equal(Role, plan.Role);
        var file = Path.Combine(environment.ServiceSettings()["Artifacts__Root"], plan.Location);
        Assert.Equal(plan.Sha256, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file))));
        Assert.Contains(Role, completed.Snapshot.CompletedRoles);
        await using var db = Database.Open(environment);
        var refusals = await db.RunHistory.Where(h => h.RunId == runId && h.Kind == "refusal").Select(h => h.Detail).ToListAsync();
        Assert.Empty(refusals);
    }

    public async Task DisposeAsync()
    {
        await agent.DisposeAsync();
        await bus.DisposeAsync();
        await system.DisposeAsync();
        await environment.DisposeAsync();
    }
}
