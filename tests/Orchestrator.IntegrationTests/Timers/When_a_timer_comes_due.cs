using MassTransit.Scheduling;
using Orchestrator.IntegrationTests.Infrastructure;
using Orchestrator.Service.Timers;

namespace Orchestrator.IntegrationTests.Timers;

/// <summary>
/// "Fired once" is checked with a marker: a second timer due after the first. The poller fires in due order, so when the
/// marker has arrived, a duplicate of the first timer would have arrived too.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_a_timer_comes_due(StackFixture stack) : TimerTest(stack)
{
    [Fact]
    public async Task Should_deliver_it_once_at_or_after_its_due_time_with_its_ids()
    {
        var id = Guid.NewGuid();
        var correlationId = Guid.NewGuid();
        var dueAt = DateTime.UtcNow.AddSeconds(2);
        var scheduled = await Host.ScheduleAsync(id, dueAt, correlationId);
        var marker = Guid.NewGuid();
        await Host.ScheduleAsync(marker, dueAt.AddSeconds(1));

        await Recorder.WaitFor(marker, "the marker timer");

        var fired = Assert.Single(Recorder.Of(id));
        Assert.True(fired.ReceivedAt >= dueAt, $"Received at {fired.ReceivedAt:O}, before its due time {dueAt:O}.");
        Assert.Equal(correlationId, fired.CorrelationId);
        Assert.Equal(scheduled.TokenId, fired.SchedulingTokenId);
        Assert.False(await TimerTable.ContainsAsync(Environment, scheduled.TokenId), "The fired timer's row is still there.");
    }

    [Fact]
    public async Task Should_fire_only_the_latest_schedule_of_a_token_once()
    {
        // The same token again is a redelivered ScheduleMessage or a rescheduled timer: the row is replaced, never doubled.
        var token = Guid.NewGuid();
        var dueAt = DateTime.UtcNow.AddSeconds(2);
        var replaced = new TimerRang(Guid.NewGuid());
        var latest = new TimerRang(Guid.NewGuid());
        foreach (var payload in new[] { replaced, latest, latest })
            await Host.SendAsync<ScheduleMessage>(PostgresMessageSchedulerSetup.Address,
                new ScheduleMessageCommand<TimerRang>(dueAt, TimerHost.ProbeAddress, payload, token));
        var marker = Guid.NewGuid();
        await Host.ScheduleAsync(marker, dueAt.AddSeconds(1));

        await Recorder.WaitFor(marker, "the marker timer");

        Assert.Single(Recorder.Of(latest.Id));
        Assert.Empty(Recorder.Of(replaced.Id));
    }
}
