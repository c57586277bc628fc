using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Timers;

/// <summary>
/// Both instances consume the scheduler queue and poll the same table. Small batches and timers all due at the same moment
/// make the two pollers reach for the same rows at once, which is what SKIP LOCKED has to keep apart.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class When_two_instances_poll_one_database(StackFixture stack) : IAsyncLifetime
{
    const int Timers = 50;
    readonly TimerRecorder recorder = new();
    TestEnvironment environment = null!;
    TimerHost first = null!;
    TimerHost second = null!;

    public async Task InitializeAsync()
    {
        environment = await stack.CreateEnvironmentAsync("timers");
        await TimerTable.MigrateAsync(environment);
        first = await TimerHost.StartAsync(environment, recorder, batchSize: 5);
        second = await TimerHost.StartAsync(environment, recorder, batchSize: 5);
    }

    [Fact]
    public async Task Should_fire_each_of_50_timers_exactly_once_in_total()
    {
        var dueAt = DateTime.UtcNow.AddSeconds(3);
        var ids = Enumerable.Range(0, Timers).Select(_ => Guid.NewGuid()).ToList();
        await Task.WhenAll(ids.Select((id, i) => (i % 2 == 0 ? first : second).ScheduleAsync(id, dueAt)));
        var marker = Guid.NewGuid();
        await first.ScheduleAsync(marker, dueAt.AddSeconds(2));

        await recorder.WaitFor(marker, "the marker timer", TimeSpan.FromSeconds(60));

        var fired = recorder.All.Where(x => x.Id != marker).ToList();
        Assert.Equal(ids.Order(), fired.Select(x => x.Id).Order());
        Assert.Equal(Timers, fired.Count);
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        await environment.DisposeAsync();
    }
}
