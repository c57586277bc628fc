using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Orchestrator.Hosting;

internal static class BusSetup
{
    public static void AddOrchestratorBus(
        this IHostApplicationBuilder builder, string endpointPrefix, Action<IBusRegistrationConfigurator> configure)
    {
        builder.Services.AddOptions<RabbitMqOptions>()
            .BindConfiguration(RabbitMqOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(endpointPrefix, false));
            // MassTransit would otherwise post the bus's configuration (endpoint names, host, time zone) to its
            // vendor five minutes after start, and log a warning wherever there is no way out to the internet.
            // MASSTRANSIT_USAGE_TELEMETRY=true turns it back on.
            bus.DisableUsageTelemetry();
            configure(bus);
            bus.UsingRabbitMq((context, cfg) =>
            {
                var options = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                cfg.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
                {
                    host.Username(options.Username);
                    host.Password(options.Password);
                    host.PublisherConfirmation = true;
                });
                cfg.PrefetchCount = options.PrefetchCount;
                cfg.StampPublisherIdentity(options.Username);
                // Agents in any language publish plain JSON (content type application/json, no envelope) to a
                // message's exchange; the exchange tells which message it is.
                cfg.UseRawJsonDeserializer(RawSerializerOptions.AnyMessageType | RawSerializerOptions.AddTransportHeaders, isDefault: false);
                cfg.UseConsumeFilter(typeof(PlainJsonTypeGuard<>), context);
                cfg.UseConsumeFilter(typeof(RunLogContextFilter<>), context);
                cfg.ConfigureEndpoints(context);
            });
        });
        builder.Services.Configure<MassTransitHostOptions>(host =>
        {
            host.WaitUntilStarted = true;
            host.StartTimeout = TimeSpan.FromSeconds(60);
            // On SIGTERM a consumer gets a few seconds to finish; then its CancellationToken fires. Work cut short that
            // way is not acknowledged, so RabbitMQ delivers it again (to another instance, or to this one restarted):
            // a role agent that hangs or runs long does not hold a deployment up for the whole stop timeout.
            host.ConsumerStopTimeout = TimeSpan.FromSeconds(5);
            host.StopTimeout = TimeSpan.FromSeconds(30);
        });
    }
}
