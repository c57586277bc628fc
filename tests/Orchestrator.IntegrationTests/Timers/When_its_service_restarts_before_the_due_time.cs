using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Timers;

/// <summary>The timer lives in PostgreSQL, not in the process that scheduled it: another instance started later fires it.</summary>
[Collection(StackCollection.Name)]
public sealed class When_its_service_restarts_before_the_due_time(StackFixture stack) : IAsyncLifetime
{
    readonly TimerRecorder recorder = new();
    TestEnvironment environment = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("timers");
        await TimerTable.MigrateAsync(environment);
    }

    [Fact]
    public async Task Should_fire_the_timer_exactly_once_from_the_new_instance()
    {
        var id = Guid.NewGuid();
        var dueAt = DateTime.UtcNow.AddSeconds(6);
        await using (var before = await TimerHost.StartAsync(environment, recorder))
        {
            var scheduled = await before.ScheduleAsync(id, dueAt);
            await Eventually.True(() => TimerTable.ContainsAsync(environment, scheduled.TokenId), TimeSpan.FromSeconds(30), "the timer to be stored");
        }
        Assert.True(DateTime.UtcNow < dueAt, "The first instance stopped after the due time, so the restart was not tested; raise the delay.");

        await using var after = await TimerHost.StartAsync(environment, recorder);
        var marker = Guid.NewGuid();
        await after.ScheduleAsync(marker, dueAt.AddSeconds(1));
        await recorder.WaitFor(marker, "the marker timer");

        Assert.Single(recorder.Of(id));
    }

    public Task DisposeAsync() => environment.DisposeAsync().AsTask();
}
