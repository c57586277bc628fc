namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>
/// The one real RabbitMQ and PostgreSQL every integration test uses: those named by <c>ORCH_TEST_RABBITMQ</c>
/// (an amqp:// URI of an administrator) and <c>ORCH_TEST_POSTGRES</c> (a connection string of a role that may
/// create databases), or else a throwaway node and cluster on free ports, stopped and deleted at the end.
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    LocalStack? owned;

    public BrokerSettings Broker { get; private set; } = null!;
    public string PostgresAdmin { get; private set; } = null!;

    /// <summary>The scripts' handle on the servers, to restart them; null for servers this run did not start (no <c>ORCH_TEST_DATA_DIR</c>).</summary>
    public LocalStack? Servers { get; private set; }

    public async Task InitializeAsync()
    {
        var rabbit = Environment.GetEnvironmentVariable("ORCH_TEST_RABBITMQ");
        var postgres = Environment.GetEnvironmentVariable("ORCH_TEST_POSTGRES");
        if (!string.IsNullOrEmpty(rabbit) && !string.IsNullOrEmpty(postgres))
        {
            Broker = BrokerSettings.Parse(rabbit, Environment.GetEnvironmentVariable("ORCH_TEST_RABBITMQ_MANAGEMENT_PORT"));
            PostgresAdmin = postgres;
            Servers = LocalStack.FromEnvironment(Broker, PostgresAdmin);
            return;
        }
        owned = await LocalStack.StartAsync();
        Servers = owned;
        Broker = owned.Broker;
        PostgresAdmin = owned.PostgresAdmin;
    }

    /// <summary>A vhost and a database of their own for one test class.</summary>
    public Task<TestEnvironment> CreateEnvironmentAsync(string name) => TestEnvironment.CreateAsync(this, name);

    public async Task DisposeAsync()
    {
        if (owned is not null)
            await owned.StopAsync();
    }
}
