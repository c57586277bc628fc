using System.Diagnostics;

namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>A throwaway RabbitMQ node and PostgreSQL cluster started with the scripts of infra/local in a temp folder.</summary>
public sealed class LocalStack(string dataDir, int amqpPort, int managementPort, int postgresPort)
{
    // Erlang distribution and epmd ports are pinned too: the scripts' defaults derive them from the AMQP port
    // by adding 20000 and 40000, which overflows for the high ports the OS hands out.
    readonly int distPort = FreePort.Next();
    readonly int epmdPort = FreePort.Next();

    public const string User = "orchestrator";
    public const string Password = "orchestrator";

    public BrokerSettings Broker => new("127.0.0.1", amqpPort, managementPort, User, Password);

    public string PostgresAdmin =>
        $"Host=127.0.0.1;Port={postgresPort};Username={User};Password={Password};Database=orchestrator;Pooling=false";

    public static async Task<LocalStack> StartAsync()
    {
        var stack = new LocalStack(
            Path.Combine(Path.GetTempPath(), "orch-test-" + Guid.NewGuid().ToString("N")[..8]),
            FreePort.Next(), FreePort.Next(), FreePort.Next());
        await stack.RunAsync("up");
        return stack;
    }

    public Task StopAsync() => RunAsync("down");

    public async Task RunAsync(string command, string script = "stack.sh")
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "infra", "local", script), command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ORCH_DATA_DIR"] = dataDir;
        start.Environment["ORCH_RABBITMQ_PORT"] = amqpPort.ToString();
        start.Environment["ORCH_RABBITMQ_MGMT_PORT"] = managementPort.ToString();
        start.Environment["ORCH_RABBITMQ_DIST_PORT"] = distPort.ToString();
        start.Environment["ORCH_RABBITMQ_EPMD_PORT"] = epmdPort.ToString();
        start.Environment["ORCH_POSTGRES_PORT"] = postgresPort.ToString();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"infra/local/{script} {command} exited {process.ExitCode}:\n{await output}\n{await error}");
        if (command == "down" && Directory.Exists(dataDir))
            Directory.Delete(dataDir, recursive: true);
    }
}
