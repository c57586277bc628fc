using System.Text.Json;

namespace Orchestrator.Cli;

/// <summary>The commands served by the orchestrator's HTTP API rather than the bus: <c>status</c> (every run) and <c>state rebuild</c>.</summary>
internal static class ApiCommands
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> List(CliArgs args)
    {
        var limit = args.Number("--limit", 50);
        var offset = args.Number("--offset", 0);
        using var api = ApiClient.FromEnvironment();
        var page = await api.GetAsync<RunList>($"/status?limit={limit}&offset={offset}");
        Console.WriteLine(args.Has("--json") ? JsonSerializer.Serialize(page, Json) : RunView.Table(page));
        return CliApp.Ok;
    }

    public static async Task<int> State(CliArgs args)
    {
        if (args.Positionals is not ["rebuild"])
            throw new CliException("usage: orchestratorctl state rebuild");
        using var api = ApiClient.FromEnvironment();
        var answer = await api.PostAsync<RebuildAnswer>("/state/rebuild");
        Console.WriteLine($"re-published {answer.Published} run snapshot(s) from PostgreSQL; the state writer rewrites what its file lacks");
        return CliApp.Ok;
    }
}
