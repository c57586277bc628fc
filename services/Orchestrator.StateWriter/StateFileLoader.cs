using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Orchestrator.StateWriter;

/// <summary>Reads the state file at start. Only the lock holder calls it, because it deletes and renames files.</summary>
internal static class StateFileLoader
{
    /// <summary>
    /// A missing file is an empty state. A file that does not parse is moved aside rather than deleted, so the operator
    /// can inspect it, and the writer starts empty instead of refusing to run; <c>orchestratorctl state rebuild</c>
    /// refills the file from PostgreSQL.
    /// </summary>
    public static WorkflowStateDocument Load(string path, ILogger logger, TimeProvider? time = null)
    {
        var target = Path.GetFullPath(path);
        foreach (var leftover in AtomicFileWriter.RemoveLeftovers(target))
            logger.LogInformation("Removed {TempFile} left by an interrupted write", leftover);
        if (!File.Exists(target))
        {
            logger.LogInformation("No state file at {StatePath}; starting empty", target);
            return WorkflowStateDocument.Empty;
        }
        try
        {
            var document = Parse(File.ReadAllBytes(target));
            logger.LogInformation("Loaded {StatePath}: version {FileVersion}, {RunCount} runs", target, document.Version, document.Runs.Count);
            return document;
        }
        catch (JsonException e)
        {
            var aside = MoveAside(target, time ?? TimeProvider.System);
            logger.LogWarning(
                "State file {StatePath} is corrupt ({Problem}); moved it to {CorruptPath} and starting empty. " +
                "Run 'orchestratorctl state rebuild' to refill it from the run database",
                target, e.Message, aside);
            return WorkflowStateDocument.Empty;
        }
    }

    /// <summary>Parses a state file; a file that is valid JSON but not a state document counts as corrupt too.</summary>
    public static WorkflowStateDocument Parse(ReadOnlySpan<byte> json)
    {
        var document = JsonSerializer.Deserialize(json, StateJsonContext.Default.WorkflowStateDocument)
            ?? throw new JsonException("The file holds 'null' instead of a state document.");
        if (document.Version < 0)
            throw new JsonException($"'version' is {document.Version}; it must be 0 or more.");
        foreach (var (runId, run) in document.Runs)
        {
            if (run is null || run.RunId != runId)
                throw new JsonException($"Run entry '{runId}' is null or its 'runId' differs from its key.");
        }
        return document;
    }

    static string MoveAside(string target, TimeProvider time)
    {
        var stamp = time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var aside = $"{target}.corrupt-{stamp}";
        File.Move(target, aside, overwrite: false);
        return aside;
    }
}
