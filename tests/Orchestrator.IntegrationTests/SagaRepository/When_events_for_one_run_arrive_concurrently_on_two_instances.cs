using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.SagaRepository;

[Collection(StackCollection.Name)]
public sealed class When_events_for_one_run_arrive_concurrently_on_two_instances(StackFixture stack) : IAsyncLifetime
{
    TestEnvironment environment = null!;
    IHost first = null!;
    IHost second = null!;
    TestBus bus = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("saga-concurrency");
        await CounterHost.CreateSchemaAsync(environment);
        first = await CounterHost.StartAsync(environment);
        second = await CounterHost.StartAsync(environment);
        bus = await TestBus.StartAsync(environment);
    }

    [Fact]
    public async Task Should_apply_each_of_200_events_exactly_once()
    {
        var id = Guid.NewGuid();
        var endpoint = await bus.Bus.GetSendEndpoint(new Uri("queue:" + CounterHost.Queue));
        await endpoint.Send(new BeginCounting(id));
        await Eventually.Get(() => CounterHost.LoadAsync(environment, id), TimeSpan.FromSeconds(30), "the counter to exist");

        var increments = Enumerable.Range(0, 200).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(increments.Select(i => endpoint.Send(new Increment(id, i))));

        var counter = await Eventually.Get(async () =>
            await CounterHost.LoadAsync(environment, id) is { Count: >= 200 } c ? c : null,
            TimeSpan.FromSeconds(120), "200 increments to be applied");
        Assert.Equal(200, counter.Count);
        Assert.Equal(increments.Order(), counter.Applied.Order());
        // Each message is one transaction that is retried whole, so none needs a savepoint (two round trips each).
        Assert.Equal(0, CounterHost.Savepoints(first) + CounterHost.Savepoints(second));
    }

    [Fact]
    public async Task Should_create_one_instance_from_two_concurrent_initial_events()
    {
        var id = Guid.NewGuid();
        var endpoint = await bus.Bus.GetSendEndpoint(new Uri("queue:" + CounterHost.Queue));
        await Task.WhenAll(endpoint.Send(new BeginCounting(id)), endpoint.Send(new BeginCounting(id)));

        var counter = await Eventually.Get(async () =>
            await CounterHost.LoadAsync(environment, id) is { Begins: >= 2 } c ? c : null,
            TimeSpan.FromSeconds(60), "both initial events to be applied");
        Assert.Equal(2, counter.Begins);
        Assert.Equal("Counting", counter.CurrentState);
        await using var db = new CounterDbContext(new DbContextOptionsBuilder<CounterDbContext>().UseNpgsql(environment.ConnectionString).Options);
        Assert.Equal(1, await db.Set<CounterSaga>().CountAsync(x => x.CorrelationId == id));
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await first.StopAsync();
        await second.StopAsync();
        first.Dispose();
        second.Dispose();
        await environment.DisposeAsync();
    }
}
