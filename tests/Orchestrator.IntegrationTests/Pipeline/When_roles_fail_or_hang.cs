using Microsoft.EntityFrameworkCore;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Pipeline;

/// <summary>
/// The error policies and operator commands through the real services, timers and broker. The tests share one system:
/// each fault is a parameter of its own run.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_roles_fail_or_hang(FastPoliciesSystemFixture fixture) : IClassFixture<FastPoliciesSystemFixture>
{
    readonly TestEnvironment environment = fixture.Environment;
    readonly TestBus bus = fixture.Bus;

    async Task<Guid> Start(string fault)
    {
        var runId = Guid.NewGuid();
        var role = fault.Split('=')[0];
        await bus.Bus.Publish(new StartPipeline(runId, "integration-test", new Dictionary<string, string> { [role] = fault.Split('=')[1] }));
        return runId;
    }

    [Fact]
    public async Task Should_retry_a_flaky_role_after_its_back_off_and_complete()
    {
        var runId = await Start("fault.qa_ai=flake:2");

        await bus.WaitFor<PipelineCompleted>(m => m.RunId == runId, TimeSpan.FromSeconds(90));

        await using var db = Database.Open(environment);
        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.CorrelationId == runId);
        Assert.Equal(3, run.Progress.Attempts["qa_ai"]);
        Assert.Equal(2, await db.RunHistory.CountAsync(h => h.RunId == runId && h.Kind == "retry"));
    }

    [Fact]
    public async Task Should_block_a_run_whose_role_never_answers_and_refuse_to_resume_it_once_stopped()
    {
        var runId = await Start("fault.codegen_ai=hang");

        var blocked = await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.Status == "blocked", TimeSpan.FromSeconds(90));
        Assert.Equal("BLOCKED", blocked.Snapshot.State);
        Assert.Equal("DEVELOPMENT", blocked.Snapshot.PreviousState);
        Assert.Contains("codegen_ai failed (attempt 3): no answer by the deadline", blocked.Snapshot.LastError);

        await bus.Bus.Publish(new StopPipeline(runId, "abandoned", "integration-test"));
        await bus.WaitFor<PipelineStopped>(m => m.RunId == runId);
        await bus.Bus.Publish(new ResumePipeline(runId, "integration-test"));

        var refusal = await bus.WaitFor<PipelineCommandRejected>(m => m.RunId == runId);
        Assert.Equal("ResumePipeline refused: the run is stopped; it has ended; start a new run", refusal.Reason);
    }

    [Fact]
    public async Task Should_halt_and_resume_from_the_checkpoint_re_sending_what_was_in_flight()
    {
        var runId = await Start("fault.codegen_ai=hang");
        await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.State == "DEVELOPMENT");

        await bus.Bus.Publish(new HaltPipeline(runId, "operator check", "integration-test"));
        var halted = await bus.WaitFor<PipelineHalted>(m => m.RunId == runId);
        Assert.Equal("DEVELOPMENT", halted.State);
        var haltedSnapshot = await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.Status == "halted");

        await bus.Bus.Publish(new ResumePipeline(runId, "integration-test"));
        var resumed = await bus.WaitFor<PipelineResumed>(m => m.RunId == runId);
        Assert.Equal("SYNTHESIS", resumed.Checkpoint);
        var running = await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.Status == "running"
            && m.Snapshot.Version > haltedSnapshot.Snapshot.Version);
        Assert.Equal("DEVELOPMENT", running.Snapshot.State);
        Assert.Contains("codegen_ai", running.Snapshot.ActiveRoles);

        await bus.Bus.Publish(new StartPipeline(runId, "integration-test"));
        var refusal = await bus.WaitFor<PipelineCommandRejected>(m => m.RunId == runId && m.Command == nameof(StartPipeline));
        Assert.Contains("already exists", refusal.Reason);
    }
}
