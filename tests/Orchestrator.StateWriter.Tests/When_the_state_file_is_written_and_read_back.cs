using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orchestrator.StateWriter.Tests.Support;

namespace Orchestrator.StateWriter.Tests;

public sealed class When_the_state_file_is_written_and_read_back : IDisposable
{
    readonly TempFolder folder = new();
    readonly WorkflowStateFile state = new();
    readonly Guid runId = Guid.NewGuid();
    StateFileFlusher? flusher;

    [Fact]
    public async Task Should_round_trip_every_field()
    {
        var snapshot = Snapshots.Run(runId, 5, "AUDIT");
        await Flusher().ApplyAsync(snapshot, CancellationToken.None);

        var document = StateFileLoader.Parse(File.ReadAllBytes(folder.StatePath));

        var run = Assert.Single(document.Runs).Value;
        Assert.Equal(1, document.Version);
        Assert.Equal(Json(RunState.From(snapshot)), Json(run));
        Assert.Equal(snapshot.Artifacts, run.Artifacts);
        Assert.Equal(snapshot.Attempts, run.Attempts);
    }

    [Fact]
    public async Task Should_write_what_the_schema_describes()
    {
        await Flusher().ApplyAsync(Snapshots.Run(runId, 2), CancellationToken.None);
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "workflow_state.schema.json")));
        using var written = JsonDocument.Parse(File.ReadAllBytes(folder.StatePath));

        var problems = SchemaShape.Problems(schema.RootElement, written.RootElement);

        Assert.Empty(problems);
        var run = written.RootElement.GetProperty("runs").GetProperty(runId.ToString());
        Assert.Equal(2, run.GetProperty("sagaVersion").GetInt32());
        Assert.Equal("technical_plan.md", run.GetProperty("artifacts")[1].GetProperty("name").GetString());
    }

    [Fact]
    public void Should_report_a_document_that_breaks_the_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "workflow_state.schema.json")));
        using var broken = JsonDocument.Parse(
            $$"""{ "version": 1, "updatedAt": "2025-01-01T00:00:00Z", "runs": { "{{runId}}": { "runId": "{{runId}}", "version": 3 } } }""");

        var problems = SchemaShape.Problems(schema.RootElement, broken.RootElement);

        Assert.Contains(problems, p => p.Contains("'sagaVersion' is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(".version: property not allowed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_load_what_it_wrote_after_a_restart()
    {
        await Flusher().ApplyAsync(Snapshots.Run(runId, 5, "AUDIT"), CancellationToken.None);

        var restarted = new WorkflowStateFile();
        restarted.Restore(StateFileLoader.Load(folder.StatePath, NullLogger.Instance));

        Assert.Equal(1, restarted.Version);
        Assert.Equal("AUDIT", restarted.Find(runId)?.State);
        Assert.False(restarted.Apply(Snapshots.Run(runId, 5, "PLANNING")));
    }

    public void Dispose()
    {
        flusher?.Complete();
        folder.Dispose();
    }

    StateFileFlusher Flusher()
    {
        flusher = new StateFileFlusher(state, new StateWriterStatus(),
            Options.Create(new StateWriterOptions { Path = folder.StatePath }), NullLogger<StateFileFlusher>.Instance);
        _ = flusher.RunAsync(CancellationToken.None);
        return flusher;
    }

    static string Json(RunState run) => JsonSerializer.Serialize(run, StateJsonContext.Default.Options);
}
