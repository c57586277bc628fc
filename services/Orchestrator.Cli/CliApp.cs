namespace Orchestrator.Cli;

/// <summary>orchestratorctl: operator commands over the bus. Exit codes: 0 ok, 1 the run failed or was refused, 2 usage or connection error.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int RunFailed = 1;
    public const int UsageError = 2;

    const string Usage = """
        usage: orchestratorctl <command> [options]

        commands:
          run [--run-id ID] [--param key=value]... [--watch]   start a run of the pipeline
          status RUN_ID [--json]                               show one run
          watch RUN_ID                                         follow a run until it completes, blocks or stops
          validate [DIR]                                       check pipeline.yaml and the gate files (default: gates)

        The broker comes from the environment: RabbitMq__Host, RabbitMq__Port, RabbitMq__VirtualHost,
        RabbitMq__Username, RabbitMq__Password (defaults: the local stack of infra/local).
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
            if (args[0] == "validate")
                return ValidateCommand.Run(args[1..]);
            await using var bus = await CliBus.ConnectAsync();
            return args[0] switch
            {
                "run" => await RunCommands.Start(bus, args[1..]),
                "status" => await RunCommands.Status(bus, args[1..]),
                "watch" => await RunCommands.Watch(bus, RunCommands.RunId(args[1..])),
                _ => Fail($"unknown command '{args[0]}'.\n{Usage}"),
            };
        }
        catch (CliException e)
        {
            return Fail(e.Message);
        }
    }

    static int Fail(string message)
    {
        Console.Error.WriteLine($"orchestratorctl: {message}");
        return UsageError;
    }
}
