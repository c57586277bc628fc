using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Timers;

[Collection(StackCollection.Name)]
public sealed class When_a_timer_is_cancelled(StackFixture stack) : TimerTest(stack)
{
    [Fact]
    public async Task Should_never_deliver_it()
    {
        // Cancelled right after scheduling: the cancel must not overtake the schedule on the scheduler queue.
        var id = Guid.NewGuid();
        var dueAt = DateTime.UtcNow.AddSeconds(2);
        var cancelled = await Host.ScheduleAsync(id, dueAt);
        await Host.CancelAsync(cancelled.TokenId);
        // The marker is due after the cancelled timer, so by the time it arrives the cancelled one would have too.
        var marker = Guid.NewGuid();
        await Host.ScheduleAsync(marker, dueAt.AddSeconds(1));

        await Recorder.WaitFor(marker, "the marker timer");

        Assert.Empty(Recorder.Of(id));
        Assert.False(await TimerTable.ContainsAsync(Environment, cancelled.TokenId), "The cancelled timer's row is still there.");
    }
}
