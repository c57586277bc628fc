using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.IntegrationTests.Infrastructure;
using Orchestrator.Service.Persistence;

namespace Orchestrator.IntegrationTests.Timers;

/// <summary>The test environment's orchestrator database, opened the way the service opens it.</summary>
public static class TimerTable
{
    public static void AddOrchestratorDatabase(this IServiceCollection services, TestEnvironment environment) =>
        services.AddDbContextFactory<OrchestratorDbContext>(o => o.UseNpgsql(environment.ConnectionString).UseSnakeCaseNamingConvention());

    public static OrchestratorDbContext Open(TestEnvironment environment) =>
        new(new DbContextOptionsBuilder<OrchestratorDbContext>()
            .UseNpgsql(environment.ConnectionString)
            .UseSnakeCaseNamingConvention()
            .Options);

    public static async Task MigrateAsync(TestEnvironment environment)
    {
        await using var db = Open(environment);
        await db.Database.MigrateAsync();
    }

    public static async Task<bool> ContainsAsync(TestEnvironment environment, Guid tokenId)
    {
        await using var db = Open(environment);
        return await db.Timers.AnyAsync(x => x.Id == tokenId);
    }

    public static async Task<int> CountAsync(TestEnvironment environment)
    {
        await using var db = Open(environment);
        return await db.Timers.CountAsync();
    }
}
