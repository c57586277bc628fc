using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Pipeline;

/// <summary>
/// A run keeps the definition it started with. Run A starts and is paused; pipeline.yaml is edited (codegen_ai now
/// gets 1 attempt instead of 3) and the orchestrator restarted, so it loads the new file; A resumes under its
/// pinned definition, read back from PostgreSQL, while run B, started after the edit, follows the new one.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_the_pipeline_yaml_is_edited_while_a_run_is_in_flight(StackFixture stack) : IAsyncLifetime
{
    static readonly Dictionary<string, string> FailingCodegen = new() { ["fault.codegen_ai"] = "fail" };
    TestEnvironment environment = null!;
    RunningSystem system = null!;
    TestBus bus = null!;
    string gates = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("pinned-definition");
        gates = FastPolicies.CreateIn(environment.Folder);
        bus = await TestBus.StartAsync(environment);
        system = await RunningSystem.StartAsync(environment, gates);
    }

    void GiveCodegenOneAttempt()
    {
        var pipeline = Path.Combine(gates, "pipeline.yaml");
        var lines = File.ReadAllLines(pipeline);
        var policy = Array.FindIndex(lines, l => l.Trim() == "- id: codegen_retry_then_block");
        var attempts = Array.FindIndex(lines, policy, l => l.Trim() == "max_attempts: 3");
        lines[attempts] = lines[attempts].Replace("max_attempts: 3", "max_attempts: 1");
        File.WriteAllLines(pipeline, lines);
    }

    Task<WorkflowStateChanged> Blocked(Guid runId) =>
        bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.Status == "blocked", TimeSpan.FromSeconds(120));

    [Fact]
    public async Task Should_finish_the_run_under_its_pinned_definition_and_start_new_runs_under_the_edited_one()
    {
        var first = Guid.NewGuid();
        await bus.Bus.Publish(new StartPipeline(first, "integration-test", FailingCodegen));
        var started = await bus.WaitFor<PipelineStarted>(m => m.RunId == first);
        await bus.Bus.Publish(new PausePipeline(first, "integration-test"));
        var paused = await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == first && m.Snapshot.Status == "paused");
        Assert.DoesNotContain("DEVELOPMENT", new[] { paused.Snapshot.State, paused.Snapshot.PreviousState }); // codegen_ai has not been asked yet

        GiveCodegenOneAttempt();
        await system.RestartOrchestratorAsync();
        await bus.Bus.Publish(new ResumePipeline(first, "integration-test"));
        var second = Guid.NewGuid();
        await bus.Bus.Publish(new StartPipeline(second, "integration-test", FailingCodegen));

        var (pinned, edited) = (await Blocked(first), await Blocked(second));
        Assert.Equal(started.DefinitionHash, pinned.Snapshot.DefinitionHash);
        Assert.Equal(3, pinned.Snapshot.Attempts["codegen_ai"]);
        Assert.NotEqual(started.DefinitionHash, edited.Snapshot.DefinitionHash);
        Assert.Equal(1, edited.Snapshot.Attempts["codegen_ai"]);
        Assert.Equal(("DEVELOPMENT", "DEVELOPMENT"), (pinned.Snapshot.PreviousState, edited.Snapshot.PreviousState));
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await system.DisposeAsync();
        await environment.DisposeAsync();
    }
}
