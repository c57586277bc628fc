using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Timers;

[Collection(StackCollection.Name)]
public sealed class When_a_timer_is_cancelled(StackFixture stack) : IAsyncLifetime
{
    readonly TimerRecorder recorder = new();
    TestEnvironment environment = null!;
    TimerHost host = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("timers");
        await TimerTable.MigrateAsync(environment);
        host = await TimerHost.StartAsync(environment, recorder);
    }

    [Fact]
    public async Task Should_never_deliver_it()
    {
        // Cancelled right after scheduling: the cancel must not overtake the schedule on the scheduler queue.
        var id = Guid.NewGuid();
        var dueAt = DateTime.UtcNow.AddSeconds(2);
        var cancelled = await host.ScheduleAsync(id, dueAt);
        await host.CancelAsync(cancelled.TokenId);
        // The marker is due after the cancelled timer, so by the time it arrives the cancelled one would have too.
        var marker = Guid.NewGuid();
        await host.ScheduleAsync(marker, dueAt.AddSeconds(1));

        await recorder.WaitFor(marker, "the marker timer");

        Assert.Empty(recorder.Of(id));
        Assert.False(await TimerTable.ContainsAsync(environment, cancelled.TokenId), "The cancelled timer's row is still there.");
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await environment.DisposeAsync();
    }
}
