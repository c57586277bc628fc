using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Service.Persistence;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Api;

/// <summary>
/// Read-only queries over table <c>runs</c>. Nothing is tracked or saved: only the saga writes runs, under its row lock.
/// </summary>
public sealed class RunQueries(IDbContextFactory<OrchestratorDbContext> dbFactory)
{
    public async Task<PipelineRun?> FindAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.CorrelationId == runId, cancellationToken);
    }

    /// <summary>Newest first; the run id breaks ties so pages never overlap.</summary>
    public async Task<(int Total, List<PipelineRun> Runs)> PageAsync(int limit, int offset, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await db.Runs.CountAsync(cancellationToken);
        var runs = await db.Runs.AsNoTracking()
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.CorrelationId)
            .Skip(offset).Take(limit)
            .ToListAsync(cancellationToken);
        return (total, runs);
    }

    /// <summary>
    /// Every run, a batch at a time, so a large table never sits in memory at once. Oldest first: runs started
    /// meanwhile land at the end and shift no batch still to come.
    /// </summary>
    public async IAsyncEnumerable<List<PipelineRun>> AllInBatchesAsync(
        int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var offset = 0; ; offset += batchSize)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var batch = await db.Runs.AsNoTracking()
                .OrderBy(r => r.StartedAt).ThenBy(r => r.CorrelationId)
                .Skip(offset).Take(batchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
                yield break;
            yield return batch;
        }
    }
}
