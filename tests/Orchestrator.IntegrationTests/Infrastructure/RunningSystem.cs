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
    readonly Dictionary<string, ServiceProcess> adapters = [];

    readonly string gates;

    RunningSystem(TestEnvironment environment, string gates)
    {
        Environment = environment;
        this.gates = gates;
    }

    public TestEnvironment Environment { get; }
    public ServiceProcess Orchestrator { get; private set; } = null!;
    public ServiceProcess StateWriter => others.Single(s => s.Name == "Orchestrator.StateWriter");
    public string StateFile => Environment.ServiceSettings()["StateWriter__Path"];

    public Dictionary<string, string> Settings()
    {
        var settings = Environment.ServiceSettings();
        settings["Definitions__Path"] = gates;
        settings["Timers__PollInterval"] = "00:00:00.1";
        return settings;
    }

    /// <summary>
    /// Starts every service; <paramref name="gates"/> defaults to the shipped gates/ folder, and
    /// <paramref name="roleSettings"/> adds settings to one role's adapter (such as a scripted fault).
    /// </summary>
    public static async Task<RunningSystem> StartAsync(
        TestEnvironment environment, string? gates = null, IReadOnlyDictionary<string, Dictionary<string, string>>? roleSettings = null)
    {
        var system = new RunningSystem(environment, gates ?? Path.Combine(RepositoryRoot.Path, "gates"));
        // The orchestrator first: it creates the schema the others' runs will be stored in.
        system.Orchestrator = await ServiceProcess.StartAsync("Orchestrator.Service", system.Settings());
        var starting = new List<Task<ServiceProcess>>
        {
            ServiceProcess.StartAsync("Orchestrator.Gates", system.Settings()),
            ServiceProcess.StartAsync("Orchestrator.StateWriter", system.Settings()),
        };
        system.others.AddRange(await Task.WhenAll(starting));
        var adapters = await Task.WhenAll(Roles.Select(role => system.StartAdapterAsync(role, roleSettings?.GetValueOrDefault(role))));
        foreach (var (role, adapter) in Roles.Zip(adapters))
            system.adapters[role] = adapter;
        return system;
    }

    Task<ServiceProcess> StartAdapterAsync(string role, Dictionary<string, string>? extra)
    {
        var settings = Settings();
        foreach (var (key, value) in extra ?? [])
            settings[key] = value;
        return ServiceProcess.StartAsync("Orchestrator.RoleAdapter", settings, "--role", role);
    }

    /// <summary>SIGKILLs a role's adapter and starts a fresh one, with its plain settings, on the same queue.</summary>
    public async Task ReplaceAdapterAsync(string role)
    {
        await adapters[role].DisposeAsync();
        adapters[role] = await StartAdapterAsync(role, null);
    }

    public async Task RestartOrchestratorAsync()
    {
        await Orchestrator.KillAsync();
        Orchestrator = await ServiceProcess.StartAsync("Orchestrator.Service", Settings());
    }

    /// <summary>Every service's output, for a failed test's message.</summary>
    public string Logs() =>
        string.Join("\n", new[] { Orchestrator }.Concat(others).Concat(adapters.Values).Select(s => $"--- {s.Name} ---\n{s.Output}"));

    public async ValueTask DisposeAsync()
    {
        await Orchestrator.DisposeAsync();
        foreach (var service in others.Concat(adapters.Values))
            await service.DisposeAsync();
    }
}
