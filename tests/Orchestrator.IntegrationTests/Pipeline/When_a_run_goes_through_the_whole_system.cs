using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Pipeline;

/// <summary>
/// The walking skeleton end to end over the real broker and database: StartPipeline → the orchestrator stores the
/// run → tasks reach the role adapters → their artifacts are stored and recorded → gates pass → the state writer
/// writes workflow_state.json. Each hop is checked where it leaves its trace.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_a_run_goes_through_the_whole_system(WholeSystemFixture fixture) : IClassFixture<WholeSystemFixture>
{
    readonly TestEnvironment environment = fixture.Environment;
    readonly RunningSystem system = fixture.System;
    readonly TestBus bus = fixture.Bus;

    [Fact]
    public async Task Should_complete_the_default_pipeline_and_leave_a_trace_of_every_hop()
    {
        var runId = Guid.NewGuid();
        await bus.Bus.Publish(new StartPipeline(runId, "integration-test"));

        await WaitOrExplain(() => bus.WaitFor<PipelineCompleted>(m => m.RunId == runId, TimeSpan.FromSeconds(120)));

        await using var db = Database.Open(environment);
        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.CorrelationId == runId);
        Assert.Equal("Completed", run.CurrentState);
        Assert.Equal("MONITORING", run.WorkflowState);
        Assert.Empty(run.Progress.ActiveRoles);

        var transitions = await db.RunHistory.Where(h => h.RunId == runId && h.Kind == "transition").OrderBy(h => h.Id).Select(h => h.ToState).ToListAsync();
        Assert.Equal(["PLANNING", "AUDIT", "VALIDATION", "SYNTHESIS", "DEVELOPMENT", "TESTING", "DEPLOYMENT", "MONITORING", "COMPLETED"], transitions);

        var artifactsRoot = environment.ServiceSettings()["Artifacts__Root"];
        Assert.Equal(12, run.Progress.Artifacts.Count);
        foreach (var artifact in run.Progress.Artifacts)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(artifactsRoot, artifact.Location));
            Assert.Equal(artifact.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }

        var entryJson = await Eventually.Get(async () =>
        {
            if (!File.Exists(system.StateFile))
                return null;
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(system.StateFile));
            var entry = document.RootElement.GetProperty("runs").EnumerateObject().FirstOrDefault(r => Guid.Parse(r.Name) == runId);
            return entry.Value.ValueKind == JsonValueKind.Object && entry.Value.GetProperty("status").GetString() == "completed"
                ? entry.Value.GetRawText()
                : null;
        }, TimeSpan.FromSeconds(30), "workflow_state.json to show the run completed");
        using var fileEntry = JsonDocument.Parse(entryJson);
        var file = fileEntry.RootElement;
        Assert.Equal(run.Version, file.GetProperty("sagaVersion").GetInt32());
        Assert.Equal(12, file.GetProperty("artifacts").GetArrayLength());
    }

    [Fact]
    public async Task Should_name_queues_and_exchanges_readably_in_the_management_ui()
    {
        var queues = await environment.ListAsync("queues");
        var exchanges = await environment.ListAsync("exchanges");

        Assert.Superset(new HashSet<string>(["orchestrator-pipeline-run", "orchestrator-scheduler", "gates-evaluate-gate", "state-writer",
            .. RunningSystem.Roles.Select(r => "role-" + r.Replace('_', '-'))]), queues.ToHashSet());
        Assert.All(queues.Where(q => !q.StartsWith("test-observer-")), q => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*(_error|_skipped)?$", q));
        Assert.Superset(new HashSet<string>(["Orchestrator.Contracts:ArtifactReady", "Orchestrator.Contracts:GatePassed",
            "Orchestrator.Contracts:WorkflowStateChanged", "Orchestrator.Contracts:StartPipeline"]), exchanges.ToHashSet());
    }

    async Task WaitOrExplain(Func<Task> wait)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{system.Logs()}", e);
        }
    }
}
