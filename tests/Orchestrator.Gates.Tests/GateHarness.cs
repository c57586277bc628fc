using System.Text;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orchestrator.Artifacts;
using Orchestrator.Contracts;

namespace Orchestrator.Gates.Tests;

/// <summary>The gate consumer on MassTransit's test harness, over the shipped gates/ and an artifact store in a temp folder.</summary>
public sealed class GateHarness : IAsyncDisposable
{
    readonly ServiceProvider provider;
    readonly string root = Directory.CreateTempSubdirectory("gates-tests-").FullName;

    public GateHarness()
    {
        provider = new ServiceCollection()
            .AddSingleton(Options.Create(new GateOptions { Path = Path.Combine(RepositoryRoot.Path, "gates") }))
            .AddSingleton<GateCatalog>()
            .AddSingleton(new ArtifactStore(new ArtifactStoreOptions { Root = root }))
            .AddSingleton(TimeProvider.System)
            .AddLogging()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<EvaluateGateConsumer>())
            .BuildServiceProvider(true);
        Harness = provider.GetRequiredService<ITestHarness>();
        Store = provider.GetRequiredService<ArtifactStore>();
    }

    public ITestHarness Harness { get; }
    public ArtifactStore Store { get; }
    public Guid RunId { get; } = Guid.NewGuid();

    public async Task<ArtifactRef> Store_(string name, string text, string role = "qa_ai")
    {
        var stored = await Store.WriteAsync(RunId, name, Encoding.UTF8.GetBytes(text));
        return new ArtifactRef(stored.Name, role, stored.Location, stored.Sha256, stored.Size);
    }

    /// <summary>Sends the request and returns what the gate service answered.</summary>
    public async Task<object> Evaluate(string gate, string state, params ArtifactRef[] artifacts)
    {
        await Harness.Start();
        await Harness.Bus.Publish(new EvaluateGate(RunId, gate, state, artifacts, ""));
        if (await Harness.Published.Any<GatePassed>(m => m.Context.Message.RunId == RunId))
            return Harness.Published.Select<GatePassed>().First(m => m.Context.Message.RunId == RunId).Context.Message;
        Assert.True(await Harness.Published.Any<GateFailed>(m => m.Context.Message.RunId == RunId), "the gate service answered nothing");
        return Harness.Published.Select<GateFailed>().First(m => m.Context.Message.RunId == RunId).Context.Message;
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }
}
