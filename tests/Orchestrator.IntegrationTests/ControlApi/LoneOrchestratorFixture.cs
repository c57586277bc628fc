using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.ControlApi;

/// <summary>
/// The orchestrator without any other service, started once for a test class: it starts in seconds, and since no
/// agent answers, a run waits in its first workflow state, running, until an operator's command moves it.
/// </summary>
public abstract class LoneOrchestratorFixture(StackFixture stack, string name, string? apiKey) : IAsyncLifetime
{
    public TestEnvironment Environment { get; private set; } = null!;
    public ServiceProcess Orchestrator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment = await stack.CreateEnvironmentAsync(name);
        Orchestrator = await ServiceProcess.StartAsync("Orchestrator.Service", Settings(apiKey));
    }

    /// <summary>The orchestrator's settings on this environment, with <paramref name="key"/> as <c>ControlApi:ApiKey</c> when given.</summary>
    public Dictionary<string, string> Settings(string? key)
    {
        var settings = Environment.ServiceSettings();
        settings["Definitions__Path"] = Path.Combine(RepositoryRoot.Path, "gates");
        if (key is not null)
            settings["ControlApi__ApiKey"] = key;
        return settings;
    }

    public async Task DisposeAsync()
    {
        await Orchestrator.DisposeAsync();
        await Environment.DisposeAsync();
    }
}
