using System.Diagnostics;

namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>A throwaway RabbitMQ node and PostgreSQL cluster started with the scripts of infra/local in a temp folder.</summary>
public sealed class LocalStack(string dataDir, int amqpPort, int managementPort, int postgresPort, bool ownsData = true)
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
        try
        {
            await stack.RunAsync("up");
        }
        catch
        {
            // Half a stack (say PostgreSQL up, RabbitMQ failed) must not outlive the test run.
            await stack.RunAsync("purge");
            throw;
        }
        return stack;
    }

    /// <summary>Kills both servers and deletes their data: nothing of a throwaway stack is worth a graceful stop.</summary>
    public Task StopAsync() => RunAsync("purge");

    /// <summary>Stops and starts PostgreSQL, as an operator or a crash would, keeping its data.</summary>
    public async Task RestartPostgresAsync()
    {
        await RunAsync("down", "postgres.sh");
        await RunAsync("up", "postgres.sh");
    }

    /// <summary>The servers test.sh started, described by <c>ORCH_TEST_DATA_DIR</c>; null when it is not set.</summary>
    public static LocalStack? FromEnvironment(BrokerSettings broker, string postgres)
    {
        var dataDir = Environment.GetEnvironmentVariable("ORCH_TEST_DATA_DIR");
        if (string.IsNullOrEmpty(dataDir))
            return null;
        var port = new Npgsql.NpgsqlConnectionStringBuilder(postgres).Port;
        return new LocalStack(dataDir, broker.Port, broker.ManagementPort, port, ownsData: false);
    }

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
        if (ownsData)
        {
            start.Environment["ORCH_RABBITMQ_DIST_PORT"] = distPort.ToString();
            start.Environment["ORCH_RABBITMQ_EPMD_PORT"] = epmdPort.ToString();
        }
        start.Environment["ORCH_POSTGRES_PORT"] = postgresPort.ToString();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"infra/local/{script} {command} exited {process.ExitCode}:\n{await output}\n{await error}");
    }
}
