using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Artifacts;
using Orchestrator.Contracts;
using Orchestrator.Hosting;

namespace Orchestrator.RoleAdapter.Tests;

/// <summary>
/// One role adapter on MassTransit's in-memory test harness, configured through the same keys as in production,
/// with its artifact store in a fresh temporary folder.
/// </summary>
public sealed class AdapterHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private AdapterHarness(string role, string root, ServiceProvider provider)
    {
        Role = role;
        Root = root;
        _provider = provider;
        Harness = provider.GetRequiredService<ITestHarness>();
        Store = provider.GetRequiredService<ArtifactStore>();
    }

    public string Role { get; }

    public string Root { get; }

    public ITestHarness Harness { get; }

    public ArtifactStore Store { get; }

    public static async Task<AdapterHarness> StartAsync(string role, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var root = Directory.CreateTempSubdirectory("role-adapter-tests-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["RoleAdapter:Role"] = role,
            ["Artifacts:Root"] = Path.Combine(root, "store"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var provider = new ServiceCollection()
            .AddLogging()
            .AddRoleAdapterServices(configuration)
            .AddMassTransitTestHarness(bus => bus.AddRoleTaskConsumer(role))
            .BuildServiceProvider(validateScopes: true);
        var adapter = new AdapterHarness(role, root, provider);
        await adapter.Harness.Start();
        return adapter;
    }

    /// <summary>Sends the task to the role's queue, as the orchestrator does.</summary>
    public async Task SendAsync(ExecuteRoleTask task)
    {
        var endpoint = await Harness.Bus.GetSendEndpoint(QueueNames.Address(QueueNames.Role(Role)));
        await endpoint.Send(task);
    }

    /// <summary>Waits until the adapter has finished consuming the task.</summary>
    public async Task<bool> ConsumedAsync(Guid taskId) =>
        await Harness.Consumed.Any<ExecuteRoleTask>(m => m.Context.Message.TaskId == taskId);

    public IReadOnlyList<T> Published<T>(Guid taskId) where T : class =>
        Harness.Published.Select<T>().Select(m => m.Context.Message)
            .Where(m => TaskIdOf(m) == taskId).ToList();

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    private static Guid? TaskIdOf(object message) => message switch
    {
        ArtifactReady m => m.TaskId,
        RoleTaskCompleted m => m.TaskId,
        RoleTaskFailed m => m.TaskId,
        _ => null,
    };
}
