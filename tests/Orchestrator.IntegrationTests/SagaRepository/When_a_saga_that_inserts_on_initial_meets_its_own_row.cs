using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.SagaRepository;

/// <summary>
/// With <c>InsertOnInitial</c> every initial event tries the INSERT first. When the row is already there the INSERT
/// fails, and the same transaction must go on to load that row: only a savepoint around the INSERT allows it.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_a_saga_that_inserts_on_initial_meets_its_own_row(StackFixture stack) : IAsyncLifetime
{
    TestEnvironment environment = null!;
    IHost host = null!;
    TestBus bus = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("saga-insert");
        await CounterHost.CreateSchemaAsync(environment);
        host = await CounterHost.StartInsertingAsync(environment);
        bus = await TestBus.StartAsync(environment);
    }

    [Fact]
    public async Task Should_load_the_row_and_apply_the_event_to_it()
    {
        var id = Guid.NewGuid();
        var endpoint = await bus.Bus.GetSendEndpoint(new Uri("queue:" + CounterHost.InsertingQueue));
        await endpoint.Send(new BeginCounting(id));
        await Eventually.Get(() => CounterHost.LoadAsync(environment, id), TimeSpan.FromSeconds(30), "the counter to exist");

        await endpoint.Send(new BeginCounting(id));

        var counter = await Eventually.Get(async () =>
            await CounterHost.LoadAsync(environment, id) is { Begins: >= 2 } c ? c : null,
            TimeSpan.FromSeconds(30), "the second initial event to be applied to the existing row");
        Assert.Equal(2, counter.Begins);
        Assert.Equal("Counting", counter.CurrentState);
        Assert.Equal(2, CounterHost.Savepoints(host));
        Assert.Equal(0, await environment.QueueDepthAsync(CounterHost.InsertingQueue + "_error"));
        await using var db = new CounterDbContext(new DbContextOptionsBuilder<CounterDbContext>().UseNpgsql(environment.ConnectionString).Options);
        Assert.Equal(1, await db.Set<CounterSaga>().CountAsync(x => x.CorrelationId == id));
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await host.StopAsync();
        host.Dispose();
        await environment.DisposeAsync();
    }
}
