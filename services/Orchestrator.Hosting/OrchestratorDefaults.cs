using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Orchestrator.Hosting;

/// <summary>What every service shares: logging, the bus, health checks.</summary>
public static class OrchestratorDefaults
{
    /// <summary>
    /// Serilog, MassTransit on RabbitMQ (settings <c>RabbitMq:*</c>), kebab-case endpoint names with
    /// <paramref name="serviceName"/> as prefix, and health checks.
    /// </summary>
    public static IHostApplicationBuilder AddOrchestratorDefaults(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? configureBus = null)
    {
        builder.AddOrchestratorSerilog(serviceName);
        builder.AddOrchestratorTelemetry(serviceName);
        builder.AddOrchestratorBus(serviceName, configureBus ?? (_ => { }));
        builder.Services.AddHealthChecks();
        return builder;
    }

    /// <summary><c>/health/live</c> answers while the process runs; <c>/health/ready</c> when its dependencies are reachable.</summary>
    public static WebApplication MapOrchestratorHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
