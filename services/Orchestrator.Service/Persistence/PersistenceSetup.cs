using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Service.Persistence;

public static class PersistenceSetup
{
    public const string ConnectionStringName = "Orchestrator";

    /// <summary>The orchestrator's PostgreSQL database (connection string <c>ConnectionStrings:Orchestrator</c>).</summary>
    public static IHostApplicationBuilder AddOrchestratorPersistence(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException(
                "ConnectionStrings:Orchestrator is not set (environment variable ConnectionStrings__Orchestrator), " +
                "e.g. Host=127.0.0.1;Port=5433;Username=orchestrator;Password=…;Database=orchestrator");
        builder.Services.AddDbContextFactory<OrchestratorDbContext>(options => options
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention());
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("postgresql", tags: ["ready"]);
        return builder;
    }
}
