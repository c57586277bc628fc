using Npgsql;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Startup;

/// <summary>
/// Least privilege in PostgreSQL: the orchestrator migrates as the database's owner (<c>ConnectionStrings__Migrations</c>)
/// and runs a whole pipeline as the runtime role the local stack creates (<c>orchestrator_app</c>, data access only),
/// which cannot create or drop a table.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_the_orchestrator_runs_as_the_runtime_role(StackFixture stack) : IAsyncLifetime
{
    static readonly string AppUser = Environment.GetEnvironmentVariable("ORCH_POSTGRES_APP_USER") ?? "orchestrator_app";
    static readonly string AppPassword = Environment.GetEnvironmentVariable("ORCH_POSTGRES_APP_PASSWORD") ?? AppUser;
    TestEnvironment environment = null!;
    TestBus bus = null!;
    RunningSystem system = null!;
    string runtime = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("runtime-role");
        // What infra/postgres/01-roles.sql grants, here on this test's database, which the stack's owner owns.
        await Execute(environment.ConnectionString,
            $"GRANT CONNECT ON DATABASE \"{environment.Database}\" TO {AppUser}; " +
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {AppUser}; " +
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {AppUser};");
        runtime = new NpgsqlConnectionStringBuilder(environment.ConnectionString) { Username = AppUser, Password = AppPassword }.ConnectionString;
        bus = await TestBus.StartAsync(environment);
        system = await RunningSystem.StartAsync(environment, orchestratorSettings: new Dictionary<string, string>
        {
            ["ConnectionStrings__Orchestrator"] = runtime,
            ["ConnectionStrings__Migrations"] = environment.ConnectionString,
        });
    }

    static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Should_complete_a_run_while_the_runtime_role_cannot_change_the_schema()
    {
        var runId = Guid.NewGuid();
        await bus.Bus.Publish(new StartPipeline(runId, "integration-test"));
        try
        {
            await bus.WaitFor<PipelineCompleted>(m => m.RunId == runId, TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}\n{system.Logs()}", e);
        }

        foreach (var ddl in new[] { "DROP TABLE runs", "CREATE TABLE intruder (id int)", "ALTER TABLE runs ADD COLUMN intruder int" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => Execute(runtime, ddl));
            Assert.True(refused.SqlState == "42501", $"{ddl}: {refused.SqlState} {refused.MessageText}");
        }
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await system.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await environment.DisposeAsync();
    }
}
