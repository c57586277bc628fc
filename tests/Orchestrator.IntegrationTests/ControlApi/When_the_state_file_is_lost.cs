using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.IntegrationTests.Infrastructure;
using Orchestrator.Service.Api;

namespace Orchestrator.IntegrationTests.ControlApi;

/// <summary>
/// Runs changed while no state writer listened, so their snapshots went nowhere: the writer's file lacks them, as a
/// file lost or moved aside would. <c>POST /state/rebuild</c> writes them back from PostgreSQL.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_the_state_file_is_lost(StackFixture stack) : IAsyncLifetime
{
    TestEnvironment environment = null!;
    ServiceProcess orchestrator = null!;
    HttpClient http = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("state_rebuild");
        orchestrator = await ServiceProcess.StartAsync("Orchestrator.Service", Settings());
        http = ControlApiCalls.Client(orchestrator);
    }

    Dictionary<string, string> Settings()
    {
        var settings = environment.ServiceSettings();
        settings["Definitions__Path"] = Path.Combine(RepositoryRoot.Path, "gates");
        return settings;
    }

    [Fact]
    public async Task Should_write_every_run_back_from_postgresql()
    {
        // No agents run here: the runs wait in PLANNING; one is paused so the versions differ.
        var runs = new[] { await http.StartRun(), await http.StartRun(), await http.StartRun() };
        using (var pause = await http.Post($"/pause/{runs[0]}"))
            Assert.Equal(HttpStatusCode.Accepted, pause.StatusCode);
        await http.WaitForRun(runs[0], r => r.Status == "paused", "the run to pause");
        await using var writer = await ServiceProcess.StartAsync("Orchestrator.StateWriter", Settings());
        await WaitUntilSubscribed(writer);
        var path = Settings()["StateWriter__Path"];
        Assert.Empty(StateFile.Runs(path));

        using var rebuild = await http.Post("/state/rebuild");

        Assert.Equal(HttpStatusCode.Accepted, rebuild.StatusCode);
        Assert.Equal(new StateRebuildStarted(3), await rebuild.Content.ReadFromJsonAsync<StateRebuildStarted>());
        await using var db = Database.Open(environment);
        var expected = (await db.Runs.AsNoTracking().ToListAsync())
            .ToDictionary(r => r.CorrelationId, r => (r.CurrentState.ToLowerInvariant(), r.Version));
        Assert.Equal("paused", expected[runs[0]].Item1);
        await Eventually.True(() => Task.FromResult(StateFile.Runs(path).OrderBy(r => r.Key).SequenceEqual(expected.OrderBy(r => r.Key))),
            TimeSpan.FromSeconds(30), $"{path} to hold every run at its PostgreSQL version");
    }

    /// <summary>Ready is reported while the writer still subscribes (Degraded); snapshots published before that would be lost.</summary>
    static async Task WaitUntilSubscribed(ServiceProcess writer)
    {
        using var health = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{writer.Port}") };
        await Eventually.True(async () => await health.GetStringAsync("/health/ready") == "Healthy",
            TimeSpan.FromSeconds(60), "the state writer to subscribe to its queue");
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await orchestrator.DisposeAsync();
        await environment.DisposeAsync();
    }
}
