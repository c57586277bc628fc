using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Orchestrator.IntegrationTests.Infrastructure;
using Orchestrator.Service.Api;

namespace Orchestrator.IntegrationTests.ControlApi;

/// <summary>Every route of the HTTP control API, on an orchestrator whose runs wait in their first state (no agents).</summary>
/// <remarks>One orchestrator and environment serve every test here; each test makes runs of its own.</remarks>
[Collection(StackCollection.Name)]
public sealed class When_operators_drive_runs_over_http(OpenOrchestratorFixture system) : IClassFixture<OpenOrchestratorFixture>, IDisposable
{
    readonly TestEnvironment environment = system.Environment;
    readonly Dictionary<string, string> settings = system.Settings(null);
    readonly HttpClient http = ControlApiCalls.Client(system.Orchestrator);

    [Fact]
    public async Task Should_start_a_run_where_the_answer_says_and_refuse_to_start_it_twice()
    {
        var runId = Guid.NewGuid();
        using var response = await http.Post("/run_pipeline", new { runId, parameters = new { brief = "a to-do app" }, requestedBy = "alice" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(new CommandAccepted(runId, "StartPipeline", $"/status/{runId}"), await response.Content.ReadFromJsonAsync<CommandAccepted>());
        Assert.Equal($"/status/{runId}", response.Headers.Location?.OriginalString);
        var run = await http.WaitForRun(runId, _ => true, "the run to be stored");
        Assert.Equal(("running", "PLANNING"), (run.Status, run.State));
        await using (var db = Database.Open(environment))
            Assert.Equal("alice", (await db.Runs.AsNoTracking().SingleAsync(r => r.CorrelationId == runId)).RequestedBy);
        using var again = await http.Post("/run_pipeline", new { runId });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains($"run {runId} already exists (status running)", await ControlApiCalls.ErrorOf(again));
    }

    [Fact]
    public async Task Should_list_runs_newest_first_a_page_at_a_time()
    {
        // Started one after the other, without a body, so their start times are in this order.
        var started = new List<Guid>();
        for (var i = 0; i < 3; i++)
            started.Add(await http.StartRun());

        var first = await http.GetFromJsonAsync<RunPage>("/status?limit=2");
        var third = await http.GetFromJsonAsync<RunPage>("/status?limit=1&offset=2");

        await using var db = Database.Open(environment);
        Assert.Equal(await db.Runs.CountAsync(), first!.Total);
        Assert.Equal((2, 0), (first.Limit, first.Offset));
        Assert.Equal([started[2], started[1]], first.Runs.Select(r => r.RunId));
        Assert.Equal([started[0]], third!.Runs.Select(r => r.RunId));
        using var tooMany = await http.GetAsync("/status?limit=501");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("limit must be between 1 and 500, not 501", await ControlApiCalls.ErrorOf(tooMany));
        using var negative = await http.GetAsync("/status?offset=-1");
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
    }

    [Fact]
    public async Task Should_pause_and_resume_a_running_run_and_refuse_what_its_state_rules_out()
    {
        var runId = await http.StartRun();

        using var resumeRunning = await http.Post($"/resume/{runId}");
        Assert.Equal(HttpStatusCode.Conflict, resumeRunning.StatusCode);
        Assert.Equal("ResumePipeline refused: the run is running; it is running already", await ControlApiCalls.ErrorOf(resumeRunning));

        using var pause = await http.Post($"/pause/{runId}", new { requestedBy = "bob" });
        Assert.Equal(HttpStatusCode.Accepted, pause.StatusCode);
        var paused = await http.WaitForRun(runId, r => r.Status == "paused", "the run to pause");
        using var pauseAgain = await http.Post($"/pause/{runId}");
        Assert.Equal(HttpStatusCode.Conflict, pauseAgain.StatusCode);
        Assert.Equal("PausePipeline refused: the run is paused; only a running run can be paused", await ControlApiCalls.ErrorOf(pauseAgain));

        using var resume = await http.Post($"/resume/{runId}");
        Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        var resumed = await http.WaitForRun(runId, r => r.Status == "running" && r.Version > paused.Version, "the run to resume");
        Assert.Equal(paused.State, resumed.State);
        Assert.Equal(paused.ActiveRoles, resumed.ActiveRoles);
    }

    [Fact]
    public async Task Should_halt_with_a_reason_then_stop_and_refuse_commands_for_a_run_that_ended()
    {
        var runId = await http.StartRun();

        using var noReason = await http.Post($"/halt/{runId}");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("halt needs a reason", await ControlApiCalls.ErrorOf(noReason));
        using var halt = await http.Post($"/halt/{runId}", new { reason = "disk almost full" });
        Assert.Equal(HttpStatusCode.Accepted, halt.StatusCode);
        var halted = await http.WaitForRun(runId, r => r.Status == "halted", "the run to halt");
        Assert.Equal("halted by control-api: disk almost full", halted.LastError);
        using var haltAgain = await http.Post($"/halt/{runId}", new { reason = "again" });
        Assert.Equal(HttpStatusCode.Conflict, haltAgain.StatusCode);
        Assert.Equal("HaltPipeline refused: the run is halted; it is halted already", await ControlApiCalls.ErrorOf(haltAgain));

        using var stop = await http.Post($"/stop/{runId}", new { reason = "abandoned" });
        Assert.Equal(HttpStatusCode.Accepted, stop.StatusCode);
        await http.WaitForRun(runId, r => r.Status == "stopped", "the run to stop");
        using var pause = await http.Post($"/pause/{runId}");
        Assert.Equal(HttpStatusCode.Conflict, pause.StatusCode);
        Assert.Equal("PausePipeline refused: the run is stopped; it has ended", await ControlApiCalls.ErrorOf(pause));
        using var resume = await http.Post($"/resume/{runId}");
        Assert.Equal(HttpStatusCode.Conflict, resume.StatusCode);
        Assert.Equal("ResumePipeline refused: the run is stopped; it has ended; start a new run", await ControlApiCalls.ErrorOf(resume));
    }

    [Fact]
    public async Task Should_answer_404_for_an_unknown_run_or_route_and_400_for_a_malformed_request()
    {
        var unknown = Guid.NewGuid();
        using var unreadable = new StringContent("{\"runId\": ", Encoding.UTF8, "application/json");

        using var status = await http.GetAsync($"/status/{unknown}");
        using var stop = await http.Post($"/stop/{unknown}", new { reason = "typo" });
        using var malformedStatus = await http.GetAsync("/status/not-a-run");
        using var malformedPause = await http.Post("/pause/not-a-run");
        using var malformedBody = await http.PostAsync("/run_pipeline", unreadable);
        using var noRoute = await http.GetAsync("/runs");

        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Equal($"no run {unknown}: list the runs with GET /status", await ControlApiCalls.ErrorOf(status));
        Assert.Equal(HttpStatusCode.NotFound, stop.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformedStatus.StatusCode);
        Assert.Equal("'not-a-run' is not a run id: give the run's GUID", await ControlApiCalls.ErrorOf(malformedStatus));
        Assert.Equal(HttpStatusCode.BadRequest, malformedPause.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformedBody.StatusCode);
        Assert.StartsWith("the request could not be read", await ControlApiCalls.ErrorOf(malformedBody));
        Assert.Equal(HttpStatusCode.NotFound, noRoute.StatusCode);
        Assert.Equal("no route /runs: the routes are listed in /openapi/v1.json", await ControlApiCalls.ErrorOf(noRoute));
    }

    [Fact]
    public async Task Should_write_every_run_back_to_a_state_file_that_lacks_them()
    {
        // No state writer has listened in this environment yet, so the runs' snapshots went nowhere: its file will
        // lack them, as a file lost or moved aside would. One run is paused so the versions differ.
        var paused = await http.StartRun();
        await http.StartRun();
        using (var pause = await http.Post($"/pause/{paused}"))
            Assert.Equal(HttpStatusCode.Accepted, pause.StatusCode);
        await http.WaitForRun(paused, r => r.Status == "paused", "the run to pause");
        await using var writer = await ServiceProcess.StartAsync("Orchestrator.StateWriter", settings);
        await StateFile.WaitUntilSubscribed(writer);
        var path = settings["StateWriter__Path"];
        Assert.Empty(StateFile.Runs(path));

        using var rebuild = await http.Post("/state/rebuild");

        await using var db = Database.Open(environment);
        var expected = (await db.Runs.AsNoTracking().ToListAsync())
            .ToDictionary(r => r.CorrelationId, r => (r.CurrentState.ToLowerInvariant(), r.Version));
        Assert.Equal(HttpStatusCode.Accepted, rebuild.StatusCode);
        Assert.Equal(new StateRebuildStarted(expected.Count), await rebuild.Content.ReadFromJsonAsync<StateRebuildStarted>());
        Assert.Equal("paused", expected[paused].Item1);
        await Eventually.True(() => Task.FromResult(StateFile.Runs(path).OrderBy(r => r.Key).SequenceEqual(expected.OrderBy(r => r.Key))),
            TimeSpan.FromSeconds(30), $"{path} to hold every run at its PostgreSQL version");
    }

    [Fact]
    public async Task Should_describe_every_route_in_its_openapi_document()
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "/run_pipeline", "/status", "/status/{runId}", "/halt/{runId}", "/pause/{runId}", "/resume/{runId}", "/stop/{runId}", "/state/rebuild" },
            paths);
    }

    public void Dispose() => http.Dispose();
}
