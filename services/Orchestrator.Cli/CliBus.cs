using MassTransit;
using Orchestrator.Hosting;

namespace Orchestrator.Cli;

/// <summary>A send-only bus connection with the same settings as the services.</summary>
public sealed class CliBus : IAsyncDisposable
{
    readonly IBusControl bus;

    CliBus(IBusControl bus) => this.bus = bus;

    public IBus Bus => bus;

    public static async Task<CliBus> ConnectAsync()
    {
        var options = new RabbitMqOptions();
        string Setting(string name, string fallback) => Environment.GetEnvironmentVariable("RabbitMq__" + name) ?? fallback;
        var port = int.TryParse(Setting("Port", options.Port.ToString()), out var p) ? p : throw new CliException("RabbitMq__Port must be a number.");
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(Setting("Host", options.Host), (ushort)port, Setting("VirtualHost", options.VirtualHost), host =>
            {
                host.Username(Setting("Username", options.Username));
                host.Password(Setting("Password", options.Password));
            });
            cfg.StampPublisherIdentity(Setting("Username", options.Username));
        });
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await bus.StartAsync(timeout.Token);
        }
        catch (Exception e)
        {
            throw new CliException($"cannot connect to RabbitMQ at {Setting("Host", options.Host)}:{port} vhost {Setting("VirtualHost", options.VirtualHost)}: {e.Message}");
        }
        return new CliBus(bus);
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
