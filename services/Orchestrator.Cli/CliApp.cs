namespace Orchestrator.Cli;

/// <summary>orchestratorctl: operator commands over the bus and the orchestrator's HTTP API. Exit codes: 0 ok, 1 the run failed or the command was refused, 2 usage or connection error.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int RunFailed = 1;
    public const int UsageError = 2;

    const string Usage = """
        usage: orchestratorctl <command> [options]

        commands:
          run [--run-id ID] [--param key=value]... [--watch [--plain|--json]]
                                                               start a run of the pipeline (and watch it)
          status RUN_ID [--json]                               show one run
          status [--limit N] [--offset N] [--json]             list every run, newest first (through the HTTP API)
          watch RUN_ID [--plain|--json]                        follow a run until it completes, blocks, halts or stops:
                                                               redrawn in place on a terminal; one line per change
                                                               with --plain or when not a terminal; JSON lines with --json
          pause RUN_ID                                         pause a running run; in-flight tasks finish, nothing new starts
          resume RUN_ID                                        resume a paused, halted or blocked run from its last checkpoint
          halt RUN_ID --reason R                               emergency stop; resume continues it
          stop RUN_ID --reason R                               end a run for good
          state rebuild                                        refill workflow_state.json from PostgreSQL (through the HTTP API)
          validate [DIR]                                       check pipeline.yaml and the gate files (default: gates)
          publish-artifact FILE --run ID --task ID --role ROLE [--name NAME] [--attr key=value]...
                                                               store FILE as a role's artifact and publish ArtifactReady
                                                               (Artifacts__Root; publish as the role's RabbitMQ user)

        pause, resume, halt and stop wait up to 30 s until the run shows the new status or the orchestrator refuses.

        exit codes: 0 done; 1 the run ended other than completed, does not exist, or the command was refused;
                    2 a usage or connection error.

        The broker comes from the environment: RabbitMq__Host, RabbitMq__Port, RabbitMq__VirtualHost,
        RabbitMq__Username, RabbitMq__Password (defaults: the local stack of infra/local).
        The HTTP API: ORCH_API_URL (default http://127.0.0.1:5080) and ORCH_API_KEY (sent as X-Api-Key when set).
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? UsageError : Ok;
        }
        try
        {
            var rest = args[1..];
            return args[0] switch
            {
                "validate" => ValidateCommand.Run(rest),
                "state" => await ApiCommands.State(CliArgs.Parse(rest, [], [])),
                "status" when CliArgs.Parse(rest, ["--limit", "--offset"], ["--json"]) is { Positionals.Count: 0 } list =>
                    await ApiCommands.List(list),
                _ => await OverTheBus(args[0], rest),
            };
        }
        catch (CliException e)
        {
            return Fail(e.Message);
        }
    }

    static async Task<int> OverTheBus(string command, string[] rest)
    {
        // Arguments are checked before connecting, so a typo is reported at once and not after a broker timeout.
        var action = Prepare(command, rest);
        await using var bus = await CliBus.ConnectAsync();
        return await action(bus);
    }

    static Func<CliBus, Task<int>> Prepare(string command, string[] rest)
    {
        if (ControlCommands.Verbs.FirstOrDefault(v => v.Name == command) is { } verb)
        {
            var args = CliArgs.Parse(rest, verb.NeedsReason ? ["--reason"] : [], []);
            var (runId, reason) = (args.RunId(), ControlCommands.ReasonOf(verb, args));
            return bus => ControlCommands.Run(bus, verb, runId, reason);
        }
        switch (command)
        {
            case "run":
                var start = CliArgs.Parse(rest, ["--run-id", "--param"], ["--watch", .. WatchModes.Flags]);
                var (runId, parameters) = RunCommands.StartArguments(start);
                WatchMode? follow = start.Has("--watch") ? WatchModes.Of(start) : null;
                return bus => RunCommands.Start(bus, runId, parameters, follow);
            case "status":
                var status = CliArgs.Parse(rest, [], ["--json"]);
                var statusRunId = status.RunId();
                return bus => RunCommands.Status(bus, statusRunId, status.Has("--json"));
            case "publish-artifact":
                return PublishArtifactCommand.Prepare(CliArgs.Parse(rest, PublishArtifactCommand.ValueOptions, []));
            case "watch":
                var watch = CliArgs.Parse(rest, [], WatchModes.Flags);
                var (watchRunId, mode) = (watch.RunId(), WatchModes.Of(watch));
                return bus => RunCommands.Watch(bus, watchRunId, mode);
            default:
                throw new CliException($"unknown command '{command}'.\n{Usage}");
        }
    }

    static int Fail(string message)
    {
        Console.Error.WriteLine($"orchestratorctl: {message}");
        return UsageError;
    }
}
