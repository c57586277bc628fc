using Microsoft.EntityFrameworkCore;
using Npgsql;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Startup;

[Collection(StackCollection.Name)]
public sealed class When_the_orchestrator_cannot_use_its_database(StackFixture stack) : IAsyncLifetime
{
    TestEnvironment environment = null!;

    public async Task InitializeAsync() => environment = await stack.CreateEnvironmentAsync("startup");

    Dictionary<string, string> Settings(string connectionString)
    {
        var settings = environment.ServiceSettings();
        settings["ConnectionStrings__Orchestrator"] = connectionString;
        settings["Definitions__Path"] = Path.Combine(RepositoryRoot.Path, "gates");
        return settings;
    }

    [Fact]
    public async Task Should_stop_with_exit_code_2_naming_the_unreachable_server()
    {
        var port = FreePort.Next();
        var unreachable = new NpgsqlConnectionStringBuilder(environment.ConnectionString) { Port = port, Timeout = 3 }.ConnectionString;

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("Orchestrator.Service", Settings(unreachable));

        Assert.Equal(2, exitCode);
        Assert.Contains($"error: Cannot reach PostgreSQL at 127.0.0.1:{port}/{environment.Database}", output);
    }

    [Fact]
    public async Task Should_stop_with_exit_code_2_when_the_schema_is_newer_than_the_code()
    {
        await using (var db = Database.Open(environment))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (migration_id, product_version) VALUES ('29991231000000_FromTheFuture', '99.0')");
        }

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("Orchestrator.Service", Settings(environment.ConnectionString));

        Assert.Equal(2, exitCode);
        Assert.Contains("29991231000000_FromTheFuture that this build does not know", output);
    }

    [Fact]
    public async Task Should_stop_with_exit_code_2_pointing_at_the_bad_line_of_a_definition()
    {
        var gates = Path.Combine(environment.Folder, "gates");
        Directory.CreateDirectory(gates);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "gates"), "*.yaml"))
            File.Copy(file, Path.Combine(gates, Path.GetFileName(file)));
        var pipeline = Path.Combine(gates, "pipeline.yaml");
        var lines = await File.ReadAllLinesAsync(pipeline);
        var line = Array.FindIndex(lines, l => l.Contains("- role: qa_ai"));
        lines[line] = lines[line].Replace("qa_ai", "qa_robot");
        await File.WriteAllLinesAsync(pipeline, lines);
        var settings = Settings(environment.ConnectionString);
        settings["Definitions__Path"] = gates;

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("Orchestrator.Service", settings);

        Assert.Equal(2, exitCode);
        Assert.Contains($"pipeline.yaml:{line + 1}:", output);
        Assert.Contains("qa_robot", output);
    }

    public async Task DisposeAsync() => await environment.DisposeAsync();
}
