using Npgsql;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Startup;

/// <summary>A service without its credentials, or with a wrong one, stops at once: exit code 2 and one line naming the setting.</summary>
[Collection(StackCollection.Name)]
public sealed class When_a_service_has_wrong_credentials(StackFixture stack) : IAsyncLifetime
{
    TestEnvironment environment = null!;

    public async Task InitializeAsync() => environment = await stack.CreateEnvironmentAsync("credentials");

    Dictionary<string, string> Settings(params (string Key, string Value)[] overrides)
    {
        var settings = environment.ServiceSettings();
        settings["Definitions__Path"] = Path.Combine(RepositoryRoot.Path, "gates");
        foreach (var (key, value) in overrides)
            settings[key] = value;
        return settings;
    }

    /// <summary>Exit code 2, and one <c>error:</c> line on stderr that says <paramref name="what"/>.</summary>
    static void AssertStopped(int exitCode, string output, string what)
    {
        Assert.True(exitCode == 2, $"expected exit code 2, got {exitCode}:\n{output}");
        var error = Assert.Single(output.Split('\n'), line => line.StartsWith("error: "));
        Assert.Contains(what, error);
        Assert.DoesNotContain("Unhandled exception", output);
    }

    [Fact]
    public async Task Should_name_the_rabbitmq_user_and_settings_when_the_broker_refuses_the_login()
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("Orchestrator.Gates", Settings(("RabbitMq__Password", "not-the-password")));

        AssertStopped(exitCode, output, $"RabbitMQ at {environment.Broker.Host}:{environment.Broker.Port}, virtual host " +
            $"'{environment.VirtualHost}' refused the login of user '{environment.Broker.Username}': check RabbitMq__Username and RabbitMq__Password.");
    }

    [Fact]
    public async Task Should_name_the_missing_rabbitmq_password()
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("Orchestrator.StateWriter", Settings(("RabbitMq__Password", "")));

        AssertStopped(exitCode, output, "RabbitMq:Password is not set (environment variable RabbitMq__Password).");
    }

    [Fact]
    public async Task Should_name_the_connection_string_when_postgresql_refuses_the_password()
    {
        var wrong = new NpgsqlConnectionStringBuilder(environment.ConnectionString) { Password = "not-the-password" }.ConnectionString;

        var (exitCode, output) = await ServiceProcess.RunToExitAsync("Orchestrator.Service", Settings(("ConnectionStrings__Orchestrator", wrong)));

        AssertStopped(exitCode, output, "PostgreSQL at");
        Assert.Contains("28P01 password authentication failed", output);
        Assert.Contains("Check the user, password and database in ConnectionStrings:Orchestrator.", output);
    }

    [Fact]
    public async Task Should_name_the_missing_connection_string()
    {
        var (exitCode, output) = await ServiceProcess.RunToExitAsync("Orchestrator.Service", Settings(("ConnectionStrings__Orchestrator", "")));

        AssertStopped(exitCode, output, "ConnectionStrings:Orchestrator is not set (environment variable ConnectionStrings__Orchestrator)");
    }

    public async Task DisposeAsync() => await environment.DisposeAsync();
}
