using System.Text.Json;
using Orchestrator.Artifacts;
using Orchestrator.Contracts;
using Orchestrator.RoleAdapter.Agents;

namespace Orchestrator.RoleAdapter.Command;

/// <summary>
/// Collects a program's declared outputs from ORCH_OUTPUT_DIR. Optional attributes come from
/// <c>.attributes.json</c> there: <c>{"technical_plan.md": {"status": "approved"}}</c>.
/// </summary>
internal static class CommandOutputs
{
    public const string AttributesFile = ".attributes.json";

    public static async Task<AgentResult> CollectAsync(
        ExecuteRoleTask task, string outputDirectory, OutputTail tail, CancellationToken cancellationToken)
    {
        var attributes = await ReadAttributesAsync(outputDirectory, cancellationToken);
        if (attributes.Error is not null)
            return AgentResult.Failure(attributes.Error);
        var outputs = new List<AgentOutput>();
        var missing = new List<string>();
        foreach (var name in task.ExpectedOutputs)
        {
            if (!ArtifactName.IsValid(name, out var reason))
                return AgentResult.Failure($"expected output '{name}' is not a valid artifact name: {reason}");
            var file = new FileInfo(Path.Combine(outputDirectory, name));
            // A link could make the adapter publish any file it can read; only real files count as outputs.
            if (file.LinkTarget is not null)
                return AgentResult.Failure($"output {name} is a symbolic link (to {file.LinkTarget}); write the file itself into ORCH_OUTPUT_DIR");
            if (!file.Exists)
            {
                missing.Add(name);
                continue;
            }
            var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
            outputs.Add(new AgentOutput(name, bytes, attributes.Value.GetValueOrDefault(name) ?? new Dictionary<string, string>()));
        }
        return missing.Count == 0
            ? AgentResult.Success(outputs)
            : AgentResult.Failure($"the program exited with code 0 but did not write {string.Join(", ", missing)} into ORCH_OUTPUT_DIR.{tail.Describe()}");
    }

    private static async Task<(Dictionary<string, Dictionary<string, string>> Value, string? Error)> ReadAttributesAsync(
        string outputDirectory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(outputDirectory, AttributesFile);
        if (!File.Exists(path))
            return ([], null);
        try
        {
            await using var stream = File.OpenRead(path);
            var value = await JsonSerializer.DeserializeAsync<Dictionary<string, Dictionary<string, string>>>(stream, cancellationToken: cancellationToken);
            return (value ?? [], null);
        }
        catch (JsonException ex)
        {
            return ([], $"{AttributesFile} in ORCH_OUTPUT_DIR is not an object of string attributes per artifact name: {ex.Message}");
        }
    }
}
