using System.Net;
using Microsoft.EntityFrameworkCore;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.ControlApi;

/// <summary><c>ControlApi:ApiKey</c> set: an orchestrator alone (no agents needed) that wants <c>X-Api-Key</c>.</summary>
[Collection(StackCollection.Name)]
public sealed class When_the_control_api_requires_a_key(KeyedOrchestratorFixture system) : IClassFixture<KeyedOrchestratorFixture>
{
    const string Key = KeyedOrchestratorFixture.Key;

    readonly TestEnvironment environment = system.Environment;
    readonly ServiceProcess orchestrator = system.Orchestrator;
    readonly Dictionary<string, string> tooShortKey = system.Settings("too-short");

    [Fact]
    public async Task Should_refuse_every_route_without_the_right_key_and_publish_nothing()
    {
        var runId = Guid.NewGuid();
        foreach (var key in new[] { null, "wrong", Key[..^1] + "X", Key + "X" })
        {
            using var http = ControlApiCalls.Client(orchestrator, key);
            foreach (var (method, path) in new[]
            {
                ("POST", "/run_pipeline"), ("GET", "/status"), ("GET", $"/status/{runId}"), ("POST", $"/halt/{runId}"),
                ("POST", $"/pause/{runId}"), ("POST", $"/resume/{runId}"), ("POST", $"/stop/{runId}"), ("POST", "/state/rebuild"),
                ("GET", "/no-such-route"),
            })
            {
                using var response = method == "GET" ? await http.GetAsync(path) : await http.Post(path, new { runId, reason = "x" });
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path} with key '{key}' answered {response.StatusCode}");
                Assert.Contains("X-Api-Key", await ControlApiCalls.ErrorOf(response));
            }
        }

        // A run started with the key afterwards is stored, the refused one is not: it never reached the bus.
        using var authorized = ControlApiCalls.Client(orchestrator, Key);
        var allowed = await authorized.StartRun();
        await using var db = Database.Open(environment);
        var stored = await db.Runs.Select(r => r.CorrelationId).ToListAsync();
        Assert.Contains(allowed, stored);
        Assert.DoesNotContain(runId, stored);
    }

    [Fact]
    public async Task Should_serve_requests_that_carry_the_key()
    {
        using var http = ControlApiCalls.Client(orchestrator, Key);

        var runId = await http.StartRun();
        using var pause = await http.Post($"/pause/{runId}");

        Assert.Equal(HttpStatusCode.Accepted, pause.StatusCode);
        await http.WaitForRun(runId, r => r.Status == "paused", "the run to pause");
    }

    [Fact]
    public async Task Should_leave_health_checks_and_the_openapi_document_open()
    {
        using var http = ControlApiCalls.Client(orchestrator);

        foreach (var path in new[] { "/health/live", "/health/ready", "/openapi/v1.json" })
        {
            using var response = await http.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Should_refuse_to_start_with_a_key_shorter_than_16_characters()
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("Orchestrator.Service", tooShortKey);

        Assert.Equal(2, exitCode);
        Assert.Contains("ControlApi:ApiKey (environment variable ControlApi__ApiKey) must be at least 16 characters", output);
    }
}
