namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>Every service of the system as its own process on one test environment: orchestrator, gates, state writer, one adapter per role.</summary>
public sealed class RunningSystem : IAsyncDisposable
{
    public static readonly string[] Roles =
    [
        "product_owner_ai", "planning_ai", "auditor_ai", "principal_engineer_ai", "codegen_ai",
        "qa_ai", "mlops_ai", "documentation_ai", "analyst_ai", "observability_ai",
    ];

    readonly List<ServiceProcess> others = [];

    readonly string gates;

    RunningSystem(TestEnvironment environment, string gates)
    {
        Environment = environment;
        this.gates = gates;
    }

    public TestEnvironment Environment { get; }
    public ServiceProcess Orchestrator { get; private set; } = null!;
    public string StateFile => Environment.ServiceSettings()["StateWriter__Path"];

    public Dictionary<string, string> Settings()
    {
        var settings = Environment.ServiceSettings();
        settings["Definitions__Path"] = gates;
        settings["Timers__PollInterval"] = "00:00:00.1";
        return settings;
    }

    /// <summary>Starts every service; <paramref name="gates"/> defaults to the shipped gates/ folder.</summary>
    public static async Task<RunningSystem> StartAsync(TestEnvironment environment, string? gates = null)
    {
        var system = new RunningSystem(environment, gates ?? Path.Combine(RepositoryRoot.Path, "gates"));
        // The orchestrator first: it creates the schema the others' runs will be stored in.
        system.Orchestrator = await ServiceProcess.StartAsync("Orchestrator.Service", system.Settings());
        var starting = new List<Task<ServiceProcess>>
        {
            ServiceProcess.StartAsync("Orchestrator.Gates", system.Settings()),
            ServiceProcess.StartAsync("Orchestrator.StateWriter", system.Settings()),
        };
        starting.AddRange(Roles.Select(role => ServiceProcess.StartAsync("Orchestrator.RoleAdapter", system.Settings(), "--role", role)));
        system.others.AddRange(await Task.WhenAll(starting));
        return system;
    }

    public async Task RestartOrchestratorAsync()
    {
        await Orchestrator.KillAsync();
        Orchestrator = await ServiceProcess.StartAsync("Orchestrator.Service", Settings());
    }

    /// <summary>Every service's output, for a failed test's message.</summary>
    public string Logs() => string.Join("\n", new[] { Orchestrator }.Concat(others).Select(s => $"--- {s.Name} ---\n{s.Output}"));

    public async ValueTask DisposeAsync()
    {
        await Orchestrator.DisposeAsync();
        foreach (var service in others)
            await service.DisposeAsync();
    }
}
