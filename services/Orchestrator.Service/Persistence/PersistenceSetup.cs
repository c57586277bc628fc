using Orchestrator.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Service.Persistence;

public static class PersistenceSetup
{
    public const string ConnectionStringName = "Orchestrator";

    /// <summary>The orchestrator's PostgreSQL database (connection string <c>ConnectionStrings:Orchestrator</c>).</summary>
    public static IHostApplicationBuilder AddOrchestratorPersistence(this IHostApplicationBuilder builder)
    {
        // A missing connection string is reported by the start-up check (RequireConnectionString), as one line.
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        builder.Services.AddPooledDbContextFactory<OrchestratorDbContext>(options => options
            .UseNpgsql(string.IsNullOrWhiteSpace(connectionString) ? "Host=unset" : connectionString)
            .UseSnakeCaseNamingConvention());
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("postgresql", tags: ["ready"]);
        return builder;
    }

    /// <summary>Stops the start with a clear message when <c>ConnectionStrings:Orchestrator</c> is not set.</summary>
    public static void RequireConnectionString(this IServiceProvider services)
    {
        if (string.IsNullOrWhiteSpace(services.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName)))
            throw new StartupException(
                "ConnectionStrings:Orchestrator is not set (environment variable ConnectionStrings__Orchestrator), " +
                "e.g. Host=127.0.0.1;Port=5433;Username=orchestrator;Password=…;Database=orchestrator");
    }
}
