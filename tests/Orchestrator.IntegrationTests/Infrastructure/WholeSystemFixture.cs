namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>Every service and an observing bus, started once for a test class whose tests each make runs of their own.</summary>
public sealed class WholeSystemFixture(StackFixture stack) : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public TestBus Bus { get; private set; } = null!;
    public RunningSystem System { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment = await stack.CreateEnvironmentAsync("system");
        // The observer first, so it sees every snapshot of every run.
        Bus = await TestBus.StartAsync(Environment);
        System = await RunningSystem.StartAsync(Environment);
    }

    public async Task DisposeAsync()
    {
        await Bus.DisposeAsync();
        await System.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
