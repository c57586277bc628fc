using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.StateFile;

[Collection(StackCollection.Name)]
public sealed class When_50_runs_move_while_the_state_file_is_read_and_its_writer_is_killed(StackFixture stack) : IAsyncLifetime
{
    const int Runs = 50;
    TestEnvironment environment = null!;
    RunningSystem system = null!;
    ServiceProcess standby = null!;
    TestBus bus = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("state-file");
        system = await RunningSystem.StartAsync(environment);
        standby = await ServiceProcess.StartAsync("Orchestrator.StateWriter", system.Settings());
        bus = await TestBus.StartAsync(environment);
    }

    [Fact]
    public async Task Should_never_show_a_torn_or_older_file_and_end_equal_to_postgresql()
    {
        var reader = new StateFileReader(system.StateFile);
        using var stop = new CancellationTokenSource();
        var reading = Task.Run(() => reader.RunAsync(stop.Token));
        var runIds = Enumerable.Range(0, Runs).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(runIds.Select(id => bus.Bus.Publish(new StartPipeline(id, "integration-test"))));

        await Eventually.True(() => Task.FromResult(bus.Received<PipelineCompleted>().Count() >= Runs / 3),
            TimeSpan.FromSeconds(300), "a third of the runs to complete");
        await system.StateWriter.KillAsync();
        await Eventually.True(() => Task.FromResult(bus.Received<PipelineCompleted>().Select(m => m.RunId).Distinct().Count() == Runs),
            TimeSpan.FromSeconds(400), "every run to complete");

        var file = await Eventually.Get(async () =>
        {
            using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(system.StateFile));
            var runs = document.RootElement.GetProperty("runs");
            var done = runIds.All(id => runs.TryGetProperty(id.ToString(), out var run) && run.GetProperty("status").GetString() == "completed");
            return done ? runs.EnumerateObject().ToDictionary(r => Guid.Parse(r.Name), r => r.Value.GetProperty("sagaVersion").GetInt32()) : null;
        }, TimeSpan.FromSeconds(60), "the standby to write every completed run");
        await stop.CancelAsync();
        await reading;

        Assert.Empty(reader.Torn);
        Assert.Empty(reader.WentBack);
        Assert.True(reader.Reads > 100, $"only {reader.Reads} reads");
        await using var db = Database.Open(environment);
        var database = await db.Runs.AsNoTracking().ToDictionaryAsync(r => r.CorrelationId, r => r.Version);
        Assert.Equal(database.OrderBy(r => r.Key), file.OrderBy(r => r.Key));
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await standby.DisposeAsync();
        await system.DisposeAsync();
        await environment.DisposeAsync();
    }
}
