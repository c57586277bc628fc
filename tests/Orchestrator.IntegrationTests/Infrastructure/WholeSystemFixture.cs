namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>
/// Every service and an observing bus, started once for a test class whose tests each make runs of their own (a
/// system takes 10 s or more to start: it is the largest part of the suite's time).
/// </summary>
public class WholeSystemFixture(StackFixture stack) : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public TestBus Bus { get; private set; } = null!;
    public RunningSystem System { get; private set; } = null!;

    /// <summary>The gates folder the system runs with; null for the shipped gates/.</summary>
    protected virtual string? Gates(TestEnvironment environment) => null;

    public async Task InitializeAsync()
    {
        Environment = await stack.CreateEnvironmentAsync("system");
        // The observer first, so it sees every snapshot of every run.
        Bus = await TestBus.StartAsync(Environment);
        System = await RunningSystem.StartAsync(Environment, Gates(Environment));
    }

    public async Task DisposeAsync()
    {
        await Bus.DisposeAsync();
        await System.DisposeAsync();
        await Environment.DisposeAsync();
    }
}

/// <summary>The whole system with the short back-offs and deadlines of <see cref="FastPolicies"/>.</summary>
public sealed class FastPoliciesSystemFixture(StackFixture stack) : WholeSystemFixture(stack)
{
    protected override string? Gates(TestEnvironment environment) => FastPolicies.CreateIn(environment.Folder);
}
