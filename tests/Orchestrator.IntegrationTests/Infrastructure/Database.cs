using Microsoft.EntityFrameworkCore;
using Orchestrator.Service.Persistence;

namespace Orchestrator.IntegrationTests.Infrastructure;

public static class Database
{
    /// <summary>A context on the test's database, configured as the orchestrator configures its own.</summary>
    public static OrchestratorDbContext Open(TestEnvironment environment) =>
        new(new DbContextOptionsBuilder<OrchestratorDbContext>()
            .UseNpgsql(environment.ConnectionString)
            .UseSnakeCaseNamingConvention()
            .Options);
}
