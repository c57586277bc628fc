using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Orchestrator.Cli;

/// <summary>The orchestrator's HTTP control API at <c>ORCH_API_URL</c>, with <c>ORCH_API_KEY</c> as <c>X-Api-Key</c> when set.</summary>
internal sealed class ApiClient(HttpClient http) : IDisposable
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ApiClient FromEnvironment()
    {
        var url = Environment.GetEnvironmentVariable("ORCH_API_URL") is { Length: > 0 } set ? set : DefaultUrl;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
            throw new CliException($"ORCH_API_URL must be an http(s) address such as {DefaultUrl}, not '{url}'.");
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        if (Environment.GetEnvironmentVariable("ORCH_API_KEY") is { Length: > 0 } key)
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return new ApiClient(http);
    }

    public Task<T> GetAsync<T>(string path) => SendAsync<T>(HttpMethod.Get, path);

    public Task<T> PostAsync<T>(string path) => SendAsync<T>(HttpMethod.Post, path);

    async Task<T> SendAsync<T>(HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new CliException($"cannot reach the orchestrator's API at {http.BaseAddress}: {e.Message} " +
                "(is Orchestrator.Service running? set ORCH_API_URL to its address).");
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
                throw new CliException($"the orchestrator's API at {http.BaseAddress} wants its key: set ORCH_API_KEY to its ControlApi:ApiKey.");
            if (!response.IsSuccessStatusCode)
                throw new CliException($"{method} {path} answered {(int)response.StatusCode}: {await ErrorOf(response)}");
            return await response.Content.ReadFromJsonAsync<T>(Json)
                ?? throw new CliException($"{method} {path} answered an empty body.");
        }
    }

    static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonDocument.Parse(body).RootElement.GetProperty("error").GetString() ?? body;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return body;
        }
    }

    public void Dispose() => http.Dispose();
}
