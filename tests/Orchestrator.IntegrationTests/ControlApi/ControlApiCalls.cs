using System.Net;
using System.Net.Http.Json;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;
using Orchestrator.Service.Api;

namespace Orchestrator.IntegrationTests.ControlApi;

/// <summary>Calls of the orchestrator's HTTP control API, as an operator's script would make them.</summary>
public static class ControlApiCalls
{
    public static HttpClient Client(ServiceProcess orchestrator, string? apiKey = null)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{orchestrator.Port}"), Timeout = TimeSpan.FromSeconds(30) };
        if (apiKey is not null)
            http.DefaultRequestHeaders.Add(ApiKeyMiddleware.Header, apiKey);
        return http;
    }

    /// <summary>POST with a JSON body, or with none at all when <paramref name="body"/> is null.</summary>
    public static Task<HttpResponseMessage> Post(this HttpClient http, string path, object? body = null) =>
        body is null ? http.PostAsync(path, null) : http.PostAsJsonAsync(path, body);

    public static async Task<string> ErrorOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ApiError>())!.Error;

    /// <summary>Starts a run through <c>POST /run_pipeline</c> and waits until PostgreSQL has it.</summary>
    public static async Task<Guid> StartRun(this HttpClient http, Dictionary<string, string>? parameters = null)
    {
        using var response = await http.Post("/run_pipeline", parameters is null ? null : new { parameters });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = (await response.Content.ReadFromJsonAsync<CommandAccepted>())!;
        await http.WaitForRun(accepted.RunId, _ => true, "the run to be stored");
        return accepted.RunId;
    }

    /// <summary>Polls <c>GET /status/{runId}</c> until the run exists and meets <paramref name="condition"/>.</summary>
    public static Task<RunSnapshot> WaitForRun(this HttpClient http, Guid runId, Func<RunSnapshot, bool> condition, string what) =>
        Eventually.Get(async () =>
        {
            using var response = await http.GetAsync($"/status/{runId}");
            if (response.StatusCode == HttpStatusCode.NotFound)
                return null;
            response.EnsureSuccessStatusCode();
            var run = await response.Content.ReadFromJsonAsync<RunSnapshot>();
            return run is not null && condition(run) ? run : null;
        }, TimeSpan.FromSeconds(90), $"{what} (run {runId})");
}
