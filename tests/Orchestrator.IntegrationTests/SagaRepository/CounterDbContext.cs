using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Orchestrator.IntegrationTests.SagaRepository;

public sealed class CounterDbContext(DbContextOptions<CounterDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder model) =>
        model.Entity<CounterSaga>(counter =>
        {
            counter.ToTable("counters");
            counter.HasKey(x => x.CorrelationId);
            counter.Property(x => x.Applied).HasConversion(
                    v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                    v => JsonSerializer.Deserialize<List<Guid>>(v, JsonSerializerOptions.Default)!,
                    new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<Guid>>(
                        (a, b) => a!.SequenceEqual(b!), v => v.Count, v => v.ToList()))
                .HasColumnType("jsonb");
        });
}
