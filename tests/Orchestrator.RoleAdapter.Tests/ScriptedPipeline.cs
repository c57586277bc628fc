using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orchestrator.Artifacts;
using Orchestrator.Contracts;
using Orchestrator.Definitions;
using Orchestrator.RoleAdapter.Agents;
using Orchestrator.RoleAdapter.Scripted;

namespace Orchestrator.RoleAdapter.Tests;

/// <summary>
/// Runs the scripted agent for every role of the shipped pipeline, in order, each with the artifacts it consumes
/// as inputs (as the orchestrator would), and gives the gates a reader over the result.
/// </summary>
public sealed class ScriptedPipeline : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("scripted-pipeline-").FullName;
    private readonly Dictionary<string, (ArtifactRef Ref, ArtifactContent Content)> _artifacts = new(StringComparer.Ordinal);

    public static PipelineDefinition Definition { get; } = DefinitionLoader.Load(GatesDirectory());

    public async Task<InMemoryArtifactReader> RunAsync(IReadOnlyDictionary<string, string>? parameters = null)
    {
        var store = new ArtifactStore(new ArtifactStoreOptions { Root = _root });
        var runId = Guid.NewGuid();
        foreach (var role in Definition.Roles)
        {
            var agent = new ScriptedAgent(
                new FaultResolver(Options.Create(new RoleAdapterOptions { Role = role.Id })), TimeProvider.System, NullLogger<ScriptedAgent>.Instance);
            var inputs = role.Consumes.Where(_artifacts.ContainsKey).Select(name => _artifacts[name].Ref).ToList();
            var task = new ExecuteRoleTask(runId, Guid.NewGuid(), role.Id, "TEST", 1, inputs, role.Produces,
                DateTimeOffset.UtcNow.AddMinutes(1), parameters);
            using var workspace = AgentWorkspace.Create(store, runId);
            var result = await agent.RunAsync(task, workspace, CancellationToken.None);
            if (result.Outcome != AgentOutcome.Succeeded)
                throw new InvalidOperationException($"{role.Id} did not succeed: {result.Reason}");
            foreach (var output in result.Outputs)
            {
                var stored = await store.WriteAsync(runId, output.Name, output.Content);
                _artifacts[output.Name] = (new ArtifactRef(output.Name, role.Id, stored.Location, stored.Sha256, stored.Size),
                    new ArtifactContent(output.Content, output.Attributes));
            }
        }
        var reader = new InMemoryArtifactReader();
        foreach (var (name, artifact) in _artifacts)
            reader.Add(name, artifact.Content);
        return reader;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string GatesDirectory()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var gates = Path.Combine(folder.FullName, "gates");
            if (File.Exists(Path.Combine(gates, DefinitionLoader.PipelineFileName)))
                return gates;
        }
        throw new DirectoryNotFoundException($"No gates/pipeline.yaml above {AppContext.BaseDirectory}.");
    }
}
