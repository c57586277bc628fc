using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orchestrator.Definitions;
using Orchestrator.Service.Persistence;

namespace Orchestrator.Service.Definitions;

/// <summary>
/// The definition new runs start with (loaded from the gates folder at start-up, so a bad file stops the
/// service) and the definitions runs pinned earlier, re-loaded from their snapshot in PostgreSQL by hash.
/// </summary>
public sealed class DefinitionCatalog(IOptions<DefinitionOptions> options)
{
    readonly ConcurrentDictionary<string, PipelineDefinition> pinned = new();
    PipelineDefinition? current;

    public PipelineDefinition Current => current ??= Remember(DefinitionLoader.Load(options.Value.Path));

    public async Task<PipelineDefinition> GetAsync(string hash, OrchestratorDbContext db, CancellationToken cancellationToken)
    {
        if (pinned.TryGetValue(hash, out var definition))
            return definition;
        var snapshot = await db.DefinitionSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Hash == hash, cancellationToken)
            ?? throw new InvalidOperationException($"The definition snapshot {hash} pinned by a run is missing from definition_snapshots.");
        return Remember(DefinitionLoader.LoadFromSources(snapshot.Files));
    }

    /// <summary>Stores the current definition's files under its hash, once, in the caller's transaction.</summary>
    public Task PinAsync(OrchestratorDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO definition_snapshots (hash, files, created_at) VALUES ({Current.Hash}, {System.Text.Json.JsonSerializer.Serialize(Current.Sources)}::jsonb, now()) ON CONFLICT (hash) DO NOTHING",
            cancellationToken);

    PipelineDefinition Remember(PipelineDefinition definition) => pinned.GetOrAdd(definition.Hash, definition);
}
