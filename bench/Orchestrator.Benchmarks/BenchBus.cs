using System.Collections.Concurrent;
using MassTransit;
using Orchestrator.Contracts;
using Orchestrator.Hosting;

namespace Orchestrator.Benchmarks;

/// <summary>A message for the MassTransit hop: sent to a queue and consumed, like the raw round trip.</summary>
public sealed record BenchPing(Guid Id);

/// <summary>
/// The benchmark's own bus: the MassTransit hop's consumer, and the agents of product_owner_ai and planning_ai, so it
/// sees a task arrive the moment the orchestrator sends it.
/// </summary>
internal sealed class BenchBus(IBusControl bus, Waiters waiters) : IAsyncDisposable
{
    public IBus Bus => bus;
    public Waiters Waiters => waiters;

    public static async Task<BenchBus> StartAsync(Uri broker, string username)
    {
        var waiters = new Waiters();
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker, host => host.PublisherConfirmation = true);
            cfg.StampPublisherIdentity(username);
            cfg.ReceiveEndpoint("bench-masstransit-hop", e =>
            {
                e.Handler<BenchPing>(context => { waiters.Complete(context.Message.Id); return Task.CompletedTask; });
            });
            foreach (var role in new[] { "product_owner_ai", "planning_ai" })
                cfg.ReceiveEndpoint(QueueNames.Role(role), e =>
                {
                    e.ConfigureConsumeTopology = false;
                    e.PrefetchCount = 256;
                    e.Handler<ExecuteRoleTask>(context => { waiters.Complete(context.Message.RunId, context.Message.Role, context.Message); return Task.CompletedTask; });
                });
        });
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return new BenchBus(bus, waiters);
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}

/// <summary>Completions the measured operations wait for, keyed by id (and role).</summary>
internal sealed class Waiters
{
    readonly ConcurrentDictionary<string, TaskCompletionSource<object?>> pending = new();

    public Task<object?> For(Guid id, string role = "") =>
        pending.GetOrAdd($"{id}/{role}", _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Complete(Guid id, string role = "", object? value = null) =>
        pending.GetOrAdd($"{id}/{role}", _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(value);

    public void Forget(Guid id, string role = "") => pending.TryRemove($"{id}/{role}", out _);
}
