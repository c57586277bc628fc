using Microsoft.EntityFrameworkCore;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Timers;

/// <summary>A state machine's <c>Schedule</c>/<c>Unschedule</c> go through the PostgreSQL scheduler with no other setup.</summary>
[Collection(StackCollection.Name)]
public sealed class When_a_saga_schedules_an_event(StackFixture stack) : TimerTest(stack)
{
    [Fact]
    public async Task Should_deliver_it_to_the_saga_when_due()
    {
        var alarm = Guid.NewGuid();
        await Host.SendAsync(TimerHost.AlarmAddress, new ArmAlarm(alarm, TimeSpan.FromSeconds(1)));

        await Recorder.WaitFor(alarm, "the alarm saga to receive its scheduled AlarmDue and publish AlarmRang");
    }

    [Fact]
    public async Task Should_not_deliver_it_once_the_saga_unscheduled_it()
    {
        var disarmed = Guid.NewGuid();
        var delay = TimeSpan.FromSeconds(4);
        var dueAt = DateTime.UtcNow + delay;
        await Host.SendAsync(TimerHost.AlarmAddress, new ArmAlarm(disarmed, delay));
        // Disarm only once armed: sent at once, it could reach the saga before the alarm exists.
        await Eventually.True(() => TimerOf(disarmed), TimeSpan.FromSeconds(30), "the alarm's timer to be stored");
        await Host.SendAsync(TimerHost.AlarmAddress, new DisarmAlarm(disarmed));
        await Eventually.True(async () => !await TimerOf(disarmed), TimeSpan.FromSeconds(30), "the alarm's timer to be cancelled");
        // Firing deletes the row too, but not before the due time: gone earlier means the cancel deleted it.
        Assert.True(DateTime.UtcNow < dueAt, "The alarm's timer stayed until its due time: Unschedule did not cancel it.");
        // The marker rings after the disarmed alarm would have, so by the time it arrives the disarmed one would have too.
        var marker = Guid.NewGuid();
        await Host.SendAsync(TimerHost.AlarmAddress, new ArmAlarm(marker, dueAt - DateTime.UtcNow + TimeSpan.FromSeconds(1)));

        await Recorder.WaitFor(marker, "the marker alarm");

        Assert.Empty(Recorder.Of(disarmed));
    }

    /// <summary>Whether a timer carrying this alarm's <see cref="AlarmDue"/> is stored; the body is its serialized JSON.</summary>
    async Task<bool> TimerOf(Guid alarmId)
    {
        await using var db = TimerTable.Open(Environment);
        var text = alarmId.ToString();
        return await db.Timers.AnyAsync(x => x.Body.Contains(text));
    }
}
