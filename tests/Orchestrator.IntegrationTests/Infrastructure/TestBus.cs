using System.Collections.Concurrent;
using MassTransit;
using Orchestrator.Contracts;

namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>A bus on the test's vhost that sends commands like an operator and records every event the system publishes.</summary>
public sealed class TestBus : IAsyncDisposable
{
    readonly IBusControl bus;
    readonly ConcurrentQueue<object> received = new();

    TestBus(TestEnvironment environment)
    {
        bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(environment.Broker.Host, (ushort)environment.Broker.Port, environment.VirtualHost, host =>
            {
                host.Username(environment.Broker.Username);
                host.Password(environment.Broker.Password);
            });
            cfg.ReceiveEndpoint("test-observer-" + Guid.NewGuid().ToString("N")[..8], endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                Record<PipelineStarted>(endpoint);
                Record<ArtifactReady>(endpoint);
                Record<RoleTaskCompleted>(endpoint);
                Record<RoleTaskFailed>(endpoint);
                Record<GatePassed>(endpoint);
                Record<GateFailed>(endpoint);
                Record<EscalationRaised>(endpoint);
                Record<WorkflowStateChanged>(endpoint);
                Record<PipelineHalted>(endpoint);
                Record<PipelinePaused>(endpoint);
                Record<PipelineResumed>(endpoint);
                Record<PipelineStopped>(endpoint);
                Record<PipelineCompleted>(endpoint);
                Record<PipelineCommandRejected>(endpoint);
            });
        });
    }

    public IBus Bus => bus;

    public static async Task<TestBus> StartAsync(TestEnvironment environment)
    {
        var testBus = new TestBus(environment);
        await testBus.bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return testBus;
    }

    public IEnumerable<T> Received<T>() => received.OfType<T>();

    public Task<T> WaitFor<T>(Func<T, bool> predicate, TimeSpan? timeout = null, string? what = null) where T : class =>
        Eventually.Get(
            () => Task.FromResult(received.OfType<T>().FirstOrDefault(predicate)),
            timeout ?? TimeSpan.FromSeconds(60),
            what ?? typeof(T).Name);

    public async ValueTask DisposeAsync() => await bus.StopAsync();

    void Record<T>(IReceiveEndpointConfigurator endpoint) where T : class =>
        endpoint.Handler<T>(context =>
        {
            received.Enqueue(context.Message);
            return Task.CompletedTask;
        });
}
