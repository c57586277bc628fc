using MassTransit;

namespace Orchestrator.Benchmarks;

/// <summary>The raw round trip's hop through MassTransit: a message sent to a queue (confirmed) and consumed.</summary>
internal sealed class MassTransitHop(BenchBus bench, ISendEndpoint endpoint)
{
    public static async Task<MassTransitHop> StartAsync(BenchBus bench) =>
        new(bench, await bench.Bus.GetSendEndpoint(new Uri("queue:bench-masstransit-hop")));

    public async Task RoundTripAsync(int worker)
    {
        var id = Guid.NewGuid();
        var consumed = bench.Waiters.For($"{id}/ping");
        await endpoint.Send(new BenchPing(id));
        await consumed;
        bench.Waiters.Forget(id);
    }
}
