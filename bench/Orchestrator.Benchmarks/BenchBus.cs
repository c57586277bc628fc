using System.Collections.Concurrent;
using MassTransit;
using Orchestrator.Contracts;
using Orchestrator.Hosting;

namespace Orchestrator.Benchmarks;

/// <summary>A message for the MassTransit hop: sent to a queue and consumed, like the raw round trip.</summary>
public sealed record BenchPing(Guid Id);

/// <summary>
/// The benchmark's own bus. For the step parts it also plays product_owner_ai and planning_ai (so it sees a task the
/// moment the orchestrator sends it) and watches the runs' snapshots; for whole runs it only hears runs complete,
/// while the real role adapters play every role.
/// </summary>
internal sealed class BenchBus(IBusControl bus, Waiters waiters) : IAsyncDisposable
{
    public static readonly string[] PlayedRoles = ["product_owner_ai", "planning_ai"];

    /// <summary>The roles of the default pipeline, each played by its role adapter in whole runs.</summary>
    public static readonly string[] AllRoles = ["product_owner_ai", "planning_ai", "auditor_ai", "principal_engineer_ai", "codegen_ai",
        "qa_ai", "mlops_ai", "documentation_ai", "analyst_ai", "observability_ai"];

    public IBus Bus => bus;
    public Waiters Waiters => waiters;

    public static async Task<BenchBus> StartAsync(Uri broker, string username, bool playRoles)
    {
        var waiters = new Waiters();
        var bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(broker, host => host.PublisherConfirmation = true);
            cfg.StampPublisherIdentity(username);
            cfg.ReceiveEndpoint("bench-completed-runs", e =>
            {
                e.AutoDelete = true;
                e.Handler<PipelineCompleted>(context => { waiters.Complete(Waiters.Completed(context.Message.RunId)); return Task.CompletedTask; });
            });
            if (!playRoles)
                return;
            cfg.ReceiveEndpoint("bench-masstransit-hop", e =>
            {
                e.Handler<BenchPing>(context => { waiters.Complete($"{context.Message.Id}/ping"); return Task.CompletedTask; });
            });
            cfg.ReceiveEndpoint("bench-run-snapshots", e =>
            {
                e.AutoDelete = true;
                e.PrefetchCount = 256;
                e.Handler<WorkflowStateChanged>(context =>
                {
                    waiters.Complete(Waiters.Artifacts(context.Message.RunId, context.Message.Snapshot.Artifacts.Count));
                    return Task.CompletedTask;
                });
            });
            foreach (var role in PlayedRoles)
                cfg.ReceiveEndpoint(QueueNames.Role(role), e =>
                {
                    e.ConfigureConsumeTopology = false;
                    e.PrefetchCount = 256;
                    e.Handler<ExecuteRoleTask>(context =>
                    {
                        waiters.Complete(Waiters.Task(context.Message.RunId, context.Message.Role), context.Message);
                        return Task.CompletedTask;
                    });
                });
        });
        await bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);
        return new BenchBus(bus, waiters);
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}

/// <summary>Completions the measured operations wait for, by key.</summary>
internal sealed class Waiters
{
    readonly ConcurrentDictionary<string, TaskCompletionSource<object?>> pending = new();

    public static string Task(Guid runId, string role) => $"{runId}/task/{role}";
    public static string Artifacts(Guid runId, int count) => $"{runId}/artifacts/{count}";
    public static string Completed(Guid runId) => $"{runId}/completed";

    public Task<object?> For(string key) =>
        pending.GetOrAdd(key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Complete(string key, object? value = null) =>
        pending.GetOrAdd(key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(value);

    /// <summary>Forgets every key of the run, so memory stays flat over thousands of runs.</summary>
    public void Forget(Guid runId)
    {
        var prefix = runId + "/";
        foreach (var key in pending.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
            pending.TryRemove(key, out _);
    }
}
