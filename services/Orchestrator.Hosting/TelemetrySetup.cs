using MassTransit.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Orchestrator.Hosting;

internal static class TelemetrySetup
{
    /// <summary>
    /// OpenTelemetry traces: MassTransit's send, publish and consume activities (linked across services through the
    /// message headers), PostgreSQL commands (Npgsql) and HTTP requests. They are exported over OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (with the other standard <c>OTEL_*</c> variables); without it they
    /// still give every log line its trace id.
    /// </summary>
    public static void AddOrchestratorTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        var exportTo = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(DiagnosticHeaders.DefaultListenerName)
                    .AddSource("Npgsql")
                    .AddAspNetCoreInstrumentation(options => options.Filter = http => !http.Request.Path.StartsWithSegments("/health"));
                if (!string.IsNullOrWhiteSpace(exportTo))
                    tracing.AddOtlpExporter();
            });
    }
}
