using Microsoft.Extensions.Options;
using Orchestrator.Definitions;

namespace Orchestrator.Gates;

/// <summary>
/// The gate definitions, loaded and validated at start-up: a bad file stops the service with
/// <c>file:line:col: what is wrong</c> before any run is evaluated.
/// </summary>
public sealed class GateCatalog(IOptions<GateOptions> options, ILogger<GateCatalog> logger)
{
    PipelineDefinition? definition;

    public PipelineDefinition Current => definition ??= DefinitionLoader.Load(options.Value.Path);

    /// <summary>The definition to judge a run by; a run pinned to other files is judged by the current ones, with a warning.</summary>
    public PipelineDefinition For(string pinnedHash, Guid runId)
    {
        if (!string.IsNullOrEmpty(pinnedHash) && pinnedHash != Current.Hash)
            logger.LogWarning("Run {RunId} pinned definition {PinnedHash}; gates evaluate with {CurrentHash}", runId, pinnedHash, Current.Hash);
        return Current;
    }
}
