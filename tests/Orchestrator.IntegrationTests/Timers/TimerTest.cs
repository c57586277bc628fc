using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Timers;

/// <summary>What every single-host timer test sets up: its own environment, the timers table, one host and a recorder.</summary>
public abstract class TimerTest(StackFixture stack) : IAsyncLifetime
{
    protected TimerRecorder Recorder { get; } = new();
    protected TestEnvironment Environment { get; private set; } = null!;
    protected TimerHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment = await stack.CreateEnvironmentAsync("timers");
        await TimerTable.MigrateAsync(Environment);
        Host = await TimerHost.StartAsync(Environment, Recorder);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
