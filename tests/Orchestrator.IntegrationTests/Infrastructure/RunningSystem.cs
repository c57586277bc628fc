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
    readonly bool ownUsers;

    RunningSystem(TestEnvironment environment, string gates, bool ownUsers)
    {
        Environment = environment;
        this.gates = gates;
        this.ownUsers = ownUsers;
    }

    public TestEnvironment Environment { get; }
    public ServiceProcess Orchestrator { get; private set; } = null!;
    public ServiceProcess StateWriter => others.Single(s => s.Name == "Orchestrator.StateWriter");
    public string StateFile => Environment.ServiceSettings()["StateWriter__Path"];

    public Dictionary<string, string> Settings() => Settings(null);

    /// <param name="user">With <c>ownUsers</c>, the service's user of infra/rabbitmq/definitions.json (password: its name).</param>
    Dictionary<string, string> Settings(string? user)
    {
        var settings = Environment.ServiceSettings();
        if (ownUsers && user is not null)
            (settings["RabbitMq__Username"], settings["RabbitMq__Password"]) = (user, user);
        settings["Definitions__Path"] = gates;
        settings["Timers__PollInterval"] = "00:00:00.1";
        return settings;
    }

    /// <summary>
    /// Starts every service; <paramref name="gates"/> defaults to the shipped gates/ folder, and
    /// <paramref name="roleSettings"/> adds settings to one role's adapter (such as a scripted fault). With
    /// <paramref name="ownUsers"/>, the gates, the state writer and every adapter connect as their own users of
    /// infra/rabbitmq/definitions.json, with exactly its permissions (the orchestrator keeps the test broker's
    /// administrator, whose name it shares). <paramref name="orchestratorSettings"/> apply to the orchestrator's
    /// first start only, not to <see cref="RestartOrchestratorAsync"/>.
    /// </summary>
    public static async Task<RunningSystem> StartAsync(
        TestEnvironment environment, string? gates = null, IReadOnlyDictionary<string, Dictionary<string, string>>? roleSettings = null,
        bool ownUsers = false, IReadOnlyDictionary<string, string>? orchestratorSettings = null)
    {
        var system = new RunningSystem(environment, gates ?? Path.Combine(RepositoryRoot.Path, "gates"), ownUsers);
        if (ownUsers)
            foreach (var user in new[] { "gates", "state-writer" }.Concat(Roles.Select(UserOf)))
                await environment.CreateShippedUserAsync(user);
        // The orchestrator first: it creates the schema the others' runs will be stored in.
        var settings = system.Settings();
        foreach (var (key, value) in orchestratorSettings ?? new Dictionary<string, string>())
            settings[key] = value;
        system.Orchestrator = await ServiceProcess.StartAsync("Orchestrator.Service", settings);
        var starting = new List<Task<ServiceProcess>>
        {
            ServiceProcess.StartAsync("Orchestrator.Gates", system.Settings("gates")),
            ServiceProcess.StartAsync("Orchestrator.StateWriter", system.Settings("state-writer")),
        };
        system.others.AddRange(await Task.WhenAll(starting));
        var adapters = await Task.WhenAll(Roles.Select(role => system.StartAdapterAsync(role, roleSettings?.GetValueOrDefault(role))));
        foreach (var (role, adapter) in Roles.Zip(adapters))
            system.adapters[role] = adapter;
        return system;
    }

    Task<ServiceProcess> StartAdapterAsync(string role, Dictionary<string, string>? extra)
    {
        var settings = Settings(UserOf(role));
        foreach (var (key, value) in extra ?? [])
            settings[key] = value;
        return ServiceProcess.StartAsync("Orchestrator.RoleAdapter", settings, "--role", role);
    }

    public ServiceProcess Adapter(string role) => adapters[role];

    /// <summary>
    /// Starts a fresh adapter for <paramref name="role"/> on the same queue, with its plain settings; the one it replaces
    /// is killed if it still runs.
    /// </summary>
    public async Task StartAdapterAgainAsync(string role)
    {
        await adapters[role].DisposeAsync();
        adapters[role] = await StartAdapterAsync(role, null);
    }

    /// <summary>The RabbitMQ user of a role: <c>role-</c> and the role with dashes.</summary>
    public static string UserOf(string role) => "role-" + role.Replace('_', '-');

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
