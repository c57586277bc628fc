namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>A RabbitMQ node: AMQP and management addresses and an administrator's credentials.</summary>
public sealed record BrokerSettings(string Host, int Port, int ManagementPort, string Username, string Password)
{
    /// <summary>Parses <c>amqp://user:password@host:port</c>; the management port is <c>ORCH_TEST_RABBITMQ_MANAGEMENT_PORT</c> or AMQP port + 10000.</summary>
    public static BrokerSettings Parse(string amqpUri, string? managementPort)
    {
        var uri = new Uri(amqpUri);
        var credentials = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
        var port = uri.IsDefaultPort ? 5672 : uri.Port;
        return new BrokerSettings(
            uri.Host, port,
            managementPort is null ? port + 10000 : int.Parse(managementPort),
            credentials[0], credentials.Length > 1 ? credentials[1] : "");
    }
}
