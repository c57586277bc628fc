using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orchestrator.IntegrationTests.Infrastructure;
using Orchestrator.Service.Persistence.SagaRepository;
using Orchestrator.Service.Saga;

namespace Orchestrator.IntegrationTests.SagaRepository;

/// <summary>One bus instance running the counter saga on the shared queue and database, as a scaled-out service would.</summary>
public static class CounterHost
{
    public const string Queue = "counter-saga";
    public const string InsertingQueue = "counter-saga-inserting";

    public static Task<IHost> StartAsync(TestEnvironment environment) =>
        StartAsync<CounterStateMachine>(environment, Queue);

    /// <summary>The same saga with <c>InsertOnInitial</c>: an initial event tries the INSERT before it loads.</summary>
    public static Task<IHost> StartInsertingAsync(TestEnvironment environment) =>
        StartAsync<InsertingCounterStateMachine>(environment, InsertingQueue);

    public static int Savepoints(IHost host) => host.Services.GetRequiredService<SavepointCounter>().Count;

    static async Task<IHost> StartAsync<TStateMachine>(TestEnvironment environment, string queue)
        where TStateMachine : class, SagaStateMachine<CounterSaga>
    {
        var builder = Host.CreateApplicationBuilder();
        // The PostgreSQL restart test provokes connection errors on purpose; EF Core would log each one at length.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        builder.Services.AddSingleton<SavepointCounter>();
        builder.Services.AddDbContextFactory<CounterDbContext>((services, o) =>
            o.UseNpgsql(environment.ConnectionString).AddInterceptors(services.GetRequiredService<SavepointCounter>()));
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddSagaStateMachine<TStateMachine, CounterSaga>()
                .PostgresRepository<CounterSaga, CounterDbContext>()
                .Endpoint(e =>
                {
                    e.Name = queue;
                    e.ConcurrentMessageLimit = 8;
                });
            bus.AddConfigureEndpointsCallback((_, name, endpoint) =>
            {
                if (name == queue)
                    endpoint.UsePostgresSagaRetry();
            });
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(environment.Broker.Host, (ushort)environment.Broker.Port, environment.VirtualHost, h =>
                {
                    h.Username(environment.Broker.Username);
                    h.Password(environment.Broker.Password);
                });
                cfg.PrefetchCount = 16;
                cfg.ConfigureEndpoints(context);
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static async Task CreateSchemaAsync(TestEnvironment environment)
    {
        await using var db = new CounterDbContext(new DbContextOptionsBuilder<CounterDbContext>().UseNpgsql(environment.ConnectionString).Options);
        await db.Database.EnsureCreatedAsync();
    }

    /// <summary>Reads the counter on a fresh, unpooled connection, so a restart of PostgreSQL cannot leave the test a dead one.</summary>
    public static async Task<CounterSaga?> LoadAsync(TestEnvironment environment, Guid id)
    {
        var unpooled = new Npgsql.NpgsqlConnectionStringBuilder(environment.ConnectionString) { Pooling = false }.ConnectionString;
        await using var db = new CounterDbContext(new DbContextOptionsBuilder<CounterDbContext>().UseNpgsql(unpooled).Options);
        return await db.Set<CounterSaga>().AsNoTracking().SingleOrDefaultAsync(x => x.CorrelationId == id);
    }
}
