using System.Collections.Concurrent;
using MassTransit;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Timers;

/// <summary>Every delivery the test hosts received, shared by all hosts of a test so duplicates across instances show.</summary>
public sealed class TimerRecorder
{
    readonly ConcurrentQueue<RecordedTimer> received = new();

    public IReadOnlyList<RecordedTimer> All => received.ToList();

    public IReadOnlyList<RecordedTimer> Of(Guid id) => received.Where(x => x.Id == id).ToList();

    public void Record(Guid id, ConsumeContext context) => received.Enqueue(new RecordedTimer(
        id, DateTime.UtcNow, context.MessageId, context.CorrelationId, context.GetSchedulingTokenId()));

    public Task<RecordedTimer> WaitFor(Guid id, string what, TimeSpan? timeout = null) =>
        Eventually.Get(() => Task.FromResult(received.FirstOrDefault(x => x.Id == id)), timeout ?? TimeSpan.FromSeconds(30), what);
}
