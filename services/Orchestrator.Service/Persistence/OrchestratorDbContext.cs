using Microsoft.EntityFrameworkCore;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Persistence;

/// <summary>The orchestrator's tables: runs (saga instances), run_history, definition_snapshots, timers.</summary>
public sealed class OrchestratorDbContext(DbContextOptions<OrchestratorDbContext> options) : DbContext(options)
{
    public DbSet<PipelineRun> Runs => Set<PipelineRun>();
    public DbSet<RunHistoryEntry> RunHistory => Set<RunHistoryEntry>();
    public DbSet<DefinitionSnapshot> DefinitionSnapshots => Set<DefinitionSnapshot>();
    public DbSet<ScheduledTimer> Timers => Set<ScheduledTimer>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<PipelineRun>(run =>
        {
            run.ToTable("runs");
            run.HasKey(x => x.CorrelationId);
            run.Property(x => x.CorrelationId).HasColumnName("run_id");
            run.Property(x => x.CurrentState).HasMaxLength(64);
            run.Property(x => x.WorkflowState).HasMaxLength(64);
            run.Property(x => x.PreviousWorkflowState).HasMaxLength(64);
            run.Property(x => x.Checkpoint).HasMaxLength(64);
            run.Property(x => x.DefinitionHash).HasMaxLength(64);
            // Row locks serialize writers; the token is a second line of defence against a writer that skipped the lock.
            run.Property(x => x.Version).IsConcurrencyToken();
            run.Property(x => x.Progress).HasJsonConversion();
            run.HasIndex(x => x.CurrentState);
            run.Ignore(x => x.Effects);
            run.Ignore(x => x.PendingStatus);
        });
        model.Entity<RunHistoryEntry>(history =>
        {
            history.ToTable("run_history");
            history.HasKey(x => x.Id);
            history.Property(x => x.Id).UseIdentityAlwaysColumn();
            history.Property(x => x.ArtifactHashes).HasJsonConversion();
            history.HasIndex(x => new { x.RunId, x.Id });
        });
        model.Entity<DefinitionSnapshot>(snapshot =>
        {
            snapshot.ToTable("definition_snapshots");
            snapshot.HasKey(x => x.Hash);
            snapshot.Property(x => x.Files).HasJsonConversion();
        });
        model.Entity<ScheduledTimer>(timer =>
        {
            timer.ToTable("timers");
            timer.HasKey(x => x.Id);
            timer.HasIndex(x => x.DueAt);
        });
    }
}
