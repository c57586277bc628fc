using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orchestrator.IntegrationTests.Infrastructure;
using Orchestrator.Service.Timers;

namespace Orchestrator.IntegrationTests.Timers;

/// <summary>
/// One in-process instance with the PostgreSQL scheduler, as the orchestrator registers it, plus a consumer that records
/// fired <see cref="TimerRang"/> messages and the alarm saga. Several instances on one environment share queues and table.
/// </summary>
public sealed class TimerHost(IHost host) : IAsyncDisposable
{
    public const string ProbeQueue = "timers-probe";
    public const string AlarmQueue = "timers-alarm";

    public static Uri ProbeAddress { get; } = new("queue:" + ProbeQueue);
    public static Uri AlarmAddress { get; } = new("queue:" + AlarmQueue);

    public static async Task<TimerHost> StartAsync(TestEnvironment environment, TimerRecorder recorder, int batchSize = 100)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Polling often keeps the tests short; punctuality itself is what the due-time assertions check.
        builder.Configuration["Timers:PollInterval"] = "00:00:00.100";
        builder.Configuration["Timers:BatchSize"] = batchSize.ToString();
        builder.Services.AddSingleton(recorder);
        builder.Services.AddOrchestratorDatabase(environment);
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddPostgresMessageScheduler();
            bus.AddConsumer<TimerRangConsumer>().Endpoint(e => e.Name = ProbeQueue);
            bus.AddConsumer<AlarmRangConsumer>().Endpoint(e => e.Name = ProbeQueue);
            bus.AddSagaStateMachine<AlarmStateMachine, AlarmSaga>().InMemoryRepository().Endpoint(e =>
            {
                e.Name = AlarmQueue;
                // As on the pipeline-run saga: schedules leave through the outbox, which must find the scheduler.
                e.AddConfigureEndpointCallback((context, endpoint) => endpoint.UseInMemoryOutbox(context));
            });
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(environment.Broker.Host, (ushort)environment.Broker.Port, environment.VirtualHost, h =>
                {
                    h.Username(environment.Broker.Username);
                    h.Password(environment.Broker.Password);
                    h.PublisherConfirmation = true;
                });
                cfg.ConfigureEndpoints(context);
            });
        });
        builder.Services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new TimerHost(host);
    }

    /// <summary>Schedules a <see cref="TimerRang"/> to the probe queue through the container's <see cref="IMessageScheduler"/>.</summary>
    public async Task<ScheduledMessage<TimerRang>> ScheduleAsync(Guid id, DateTime dueAt, Guid? correlationId = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();
        return await scheduler.ScheduleSend(ProbeAddress, dueAt, new TimerRang(id),
            Pipe.Execute<SendContext<TimerRang>>(context => context.CorrelationId = correlationId ?? context.CorrelationId));
    }

    public async Task CancelAsync(Guid tokenId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageScheduler>().CancelScheduledSend(ProbeAddress, tokenId);
    }

    public async Task SendAsync<T>(Uri address, T message) where T : class
    {
        var endpoint = await host.Services.GetRequiredService<IBus>().GetSendEndpoint(address);
        await endpoint.Send(message);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
