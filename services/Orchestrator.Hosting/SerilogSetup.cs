using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Formatting.Compact;

namespace Orchestrator.Hosting;

internal static class SerilogSetup
{
    /// <summary>
    /// Readable console lines by default; one JSON object per line when <c>Logging:Format</c> is <c>json</c>
    /// (what log shippers want). Levels and extra sinks come from the <c>Serilog</c> configuration section.
    /// </summary>
    public static void AddOrchestratorSerilog(this IHostApplicationBuilder builder, string serviceName)
    {
        var json = string.Equals(builder.Configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .MinimumLevel.Override("Microsoft", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("MassTransit", Serilog.Events.LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Service", serviceName);
            if (json)
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            else
                logger.WriteTo.Console(
                    outputTemplate: "{Timestamp:HH:mm:ss.fff} {Level:u3} [{Service}] {Message:lj}{NewLine}{Exception}");
        });
    }
}
