using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Orchestrator.Service.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<OrchestratorDbContext>
{
    public OrchestratorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OrchestratorDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=orchestrator_design")
            .UseSnakeCaseNamingConvention()
            .Options);
}
