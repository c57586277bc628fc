using MassTransit;
using Microsoft.Extensions.Hosting;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.SagaRepository;

[Collection(StackCollection.Name)]
public sealed class When_postgresql_restarts_while_events_flow(StackFixture stack) : IAsyncLifetime
{
    TestEnvironment environment = null!;
    IHost host = null!;
    TestBus bus = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("postgres-restart");
        await CounterHost.CreateSchemaAsync(environment);
        host = await CounterHost.StartAsync(environment);
        bus = await TestBus.StartAsync(environment);
    }

    [Fact]
    public async Task Should_lose_no_event_and_recover_without_a_service_restart()
    {
        Assert.True(stack.Servers is not null, "needs servers it can restart: run through ./test.sh or without ORCH_TEST_* variables");
        var id = Guid.NewGuid();
        var endpoint = await bus.Bus.GetSendEndpoint(new Uri("queue:" + CounterHost.Queue));
        await endpoint.Send(new BeginCounting(id));
        // Increments for a counter that does not exist yet would (rightly) fault as "missing instance".
        await Eventually.Get(() => CounterHost.LoadAsync(environment, id), TimeSpan.FromSeconds(30), "the counter to exist");
        var increments = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToList();

        var sending = Task.Run(async () =>
        {
            foreach (var increment in increments)
                await endpoint.Send(new Increment(id, increment));
        });
        await Eventually.Get(async () => await CounterHost.LoadAsync(environment, id) is { Count: >= 20 } c ? c : null,
            TimeSpan.FromSeconds(60), "the first increments to be applied");
        await stack.Servers!.RestartPostgresAsync();
        await sending;

        CounterSaga? last = null;
        CounterSaga counter;
        try
        {
            counter = await Eventually.Get(async () =>
                (last = await CounterHost.LoadAsync(environment, id)) is { Count: >= 300 } ? last : null,
                TimeSpan.FromSeconds(120), "all 300 increments to be applied after the restart");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Applied: {last?.Count}; in {CounterHost.Queue}_error: " +
                $"{await environment.QueueDepthAsync(CounterHost.Queue + "_error")}; waiting: {await environment.QueueDepthAsync(CounterHost.Queue)}", e);
        }
        Assert.Equal(increments.Order(), counter.Applied.Order());
        Assert.Equal(0, await environment.QueueDepthAsync(CounterHost.Queue + "_error"));
    }

    public async Task DisposeAsync()
    {
        await bus.DisposeAsync();
        await host.StopAsync();
        host.Dispose();
        await environment.DisposeAsync();
    }
}
