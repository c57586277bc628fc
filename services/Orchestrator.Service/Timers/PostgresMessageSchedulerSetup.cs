using MassTransit;

namespace Orchestrator.Service.Timers;

public static class PostgresMessageSchedulerSetup
{
    /// <summary>The queue that takes <c>ScheduleMessage</c> and <c>CancelScheduledMessage</c>.</summary>
    public const string QueueName = "orchestrator-scheduler";

    public static Uri Address { get; } = new("queue:" + QueueName);

    /// <summary>
    /// Durable timers in PostgreSQL (table <c>timers</c>) as MassTransit's message scheduler: the scheduler endpoint
    /// <c>orchestrator-scheduler</c>, <see cref="IMessageScheduler"/> in the container, a scheduler on every endpoint
    /// that <c>ConfigureEndpoints</c> creates (so a state machine's <c>Schedule</c>/<c>Unschedule</c> work), and the
    /// poller that fires due timers (settings <c>Timers:*</c>). Needs <c>IDbContextFactory&lt;OrchestratorDbContext&gt;</c>.
    /// </summary>
    public static IBusRegistrationConfigurator AddPostgresMessageScheduler(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ScheduleMessageConsumer>(RetryDatabaseErrors).Endpoint(ConfigureEndpoint);
        bus.AddConsumer<CancelScheduledMessageConsumer>(RetryDatabaseErrors).Endpoint(ConfigureEndpoint);
        bus.AddMessageScheduler(Address);
        bus.AddConfigureEndpointsCallback((_, endpoint) => endpoint.UseMessageScheduler(Address));

        bus.AddOptions<TimerOptions>().BindConfiguration(TimerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        bus.AddHostedService<TimerPoller>();
        return bus;
    }

    static void ConfigureEndpoint(IEndpointRegistrationConfigurator endpoint)
    {
        endpoint.Name = QueueName;
        // One at a time keeps a schedule and its cancel in the order they were sent, so the cancel cannot run first and
        // miss the row. With several instances the queue is shared and that order is not guaranteed; a saga is safe
        // regardless, since it ignores a fired message whose scheduling token it no longer holds.
        endpoint.ConcurrentMessageLimit = 1;
    }

    /// <summary>A failed insert or delete is usually a passing database error; retried in place, the order above holds.</summary>
    static void RetryDatabaseErrors<T>(IRegistrationContext context, IConsumerConfigurator<T> consumer) where T : class =>
        consumer.UseMessageRetry(retry => retry.Intervals(100, 500, 2000, 5000));
}
