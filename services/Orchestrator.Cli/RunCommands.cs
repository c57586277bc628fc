using System.Text.Json;
using MassTransit;
using Orchestrator.Contracts;
using Orchestrator.Hosting;

namespace Orchestrator.Cli;

/// <summary><c>run</c>, <c>status RUN_ID</c> and <c>watch</c>: over the bus, answered by the saga.</summary>
internal static class RunCommands
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    static readonly JsonSerializerOptions JsonLine = new(JsonSerializerDefaults.Web);

    /// <summary>The run id (<c>--run-id</c> or a new one) and the <c>--param key=value</c>s of <c>run</c>.</summary>
    public static (Guid RunId, Dictionary<string, string> Parameters) StartArguments(CliArgs args)
    {
        if (args.Positionals.Count > 0)
            throw new CliException($"run takes no RUN_ID (use --run-id ID), got '{args.Positionals[0]}'.");
        var runId = args.Option("--run-id") is { } id ? ParseRunId(id) : NewId.NextGuid();
        var parameters = args.All("--param")
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
        return (runId, parameters);
    }

    public static async Task<int> Start(CliBus bus, Guid runId, Dictionary<string, string> parameters, WatchMode? watch)
    {
        await bus.Bus.Publish(new StartPipeline(runId, Environment.UserName, parameters));
        Console.WriteLine(runId);
        return watch is { } mode ? await Watch(bus, runId, mode) : CliApp.Ok;
    }

    public static async Task<int> Status(CliBus bus, Guid runId, bool json)
    {
        var status = await Ask(bus, runId);
        if (!status.Found)
        {
            Console.Error.WriteLine($"orchestratorctl: no run {status.RunId}");
            return CliApp.RunFailed;
        }
        Console.WriteLine(json ? JsonSerializer.Serialize(status.Snapshot, Json) : RunView.Describe(status.Snapshot!));
        return CliApp.Ok;
    }

    /// <summary>
    /// Follows a run until it settles. On a terminal the panel of <see cref="WatchScreen"/> is redrawn in place (the
    /// elapsed time ticks); otherwise, or with <c>--plain</c>, one line per new snapshot; with <c>--json</c>, one
    /// compact JSON snapshot per line.
    /// </summary>
    public static async Task<int> Watch(CliBus bus, Guid runId, WatchMode mode)
    {
        var live = mode == WatchMode.Live ? new LiveRegion(Console.Out) : null;
        var lastVersion = -1;
        while (true)
        {
            var status = await Ask(bus, runId);
            if (!status.Found && lastVersion < 0 && await Vanished(bus, runId))
            {
                Console.Error.WriteLine($"orchestratorctl: no run {runId}");
                return CliApp.RunFailed;
            }
            if (status.Snapshot is { } snapshot)
            {
                var elapsed = WatchScreen.Elapsed(snapshot, DateTimeOffset.UtcNow);
                if (live is not null)
                    live.Draw(WatchScreen.Frame(snapshot, elapsed));
                else if (snapshot.Version != lastVersion)
                    Console.WriteLine(mode == WatchMode.Json ? JsonSerializer.Serialize(snapshot, JsonLine) : RunView.Line(snapshot, elapsed));
                lastVersion = snapshot.Version;
                if (RunView.IsSettled(snapshot))
                    return snapshot.Status == "completed" ? CliApp.Ok : CliApp.RunFailed;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(300));
        }
    }

    /// <summary>A run just started may not exist yet for a moment; one that is still unknown after 10 s never will.</summary>
    static async Task<bool> Vanished(CliBus bus, Guid runId)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            if ((await Ask(bus, runId)).Found)
                return false;
        }
        return true;
    }

    static Guid ParseRunId(string text) =>
        Guid.TryParse(text, out var id) ? id : throw new CliException($"'{text}' is not a run id (a GUID).");

    public static async Task<PipelineStatus> Ask(CliBus bus, Guid runId)
    {
        var client = bus.Bus.CreateRequestClient<GetPipelineStatus>(QueueNames.Address(QueueNames.Saga), RequestTimeout.After(s: 15));
        try
        {
            return (await client.GetResponse<PipelineStatus>(new GetPipelineStatus(runId))).Message;
        }
        catch (RequestTimeoutException)
        {
            throw new CliException("the orchestrator did not answer within 15 s: is Orchestrator.Service running?");
        }
    }
}
