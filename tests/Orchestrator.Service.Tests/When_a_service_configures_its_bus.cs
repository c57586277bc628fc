using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orchestrator.Hosting;

namespace Orchestrator.Service.Tests;

/// <summary>The bus every service gets from <see cref="OrchestratorDefaults"/>, built but not started.</summary>
public sealed class When_a_service_configures_its_bus
{
    [Fact]
    public void Should_not_report_usage_telemetry_to_the_masstransit_vendor()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RabbitMq:VirtualHost"] = "orchestrator",
            ["RabbitMq:Username"] = "orchestrator",
            ["RabbitMq:Password"] = "orchestrator",
        });
        builder.AddOrchestratorDefaults("test");
        using var host = builder.Build();

        Assert.False(host.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
    }
}
