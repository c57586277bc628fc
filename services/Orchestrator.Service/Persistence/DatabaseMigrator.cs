using Microsoft.EntityFrameworkCore;
using Npgsql;
using Orchestrator.Hosting;

namespace Orchestrator.Service.Persistence;

/// <summary>
/// Brings the schema up to date before the bus starts. A database that cannot be reached, or one migrated by a
/// newer build, stops start-up with a message that says what to do, instead of failing later on the first run.
/// With <c>ConnectionStrings:Migrations</c> (the owner role) the migrations run with it, and
/// <c>ConnectionStrings:Orchestrator</c> needs only data access.
/// </summary>
public static class DatabaseMigrator
{
    public const string MigrationsConnectionStringName = "Migrations";

    public static async Task MigrateOrchestratorDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var migrations = services.GetRequiredService<IConfiguration>().GetConnectionString(MigrationsConnectionStringName);
        var setting = string.IsNullOrWhiteSpace(migrations) ? $"ConnectionStrings:{PersistenceSetup.ConnectionStringName}" : $"ConnectionStrings:{MigrationsConnectionStringName}";
        await using var db = string.IsNullOrWhiteSpace(migrations)
            ? await services.GetRequiredService<IDbContextFactory<OrchestratorDbContext>>().CreateDbContextAsync(cancellationToken)
            : new OrchestratorDbContext(new DbContextOptionsBuilder<OrchestratorDbContext>().UseNpgsql(migrations).UseSnakeCaseNamingConvention().Options);
        var target = Describe(db);
        try
        {
            var known = db.Database.GetMigrations().ToHashSet();
            var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
            var unknown = applied.Where(m => !known.Contains(m)).ToList();
            if (unknown.Count > 0)
                throw new StartupException(
                    $"The database {target} has schema migration(s) {string.Join(", ", unknown)} that this build does not know: " +
                    "it was migrated by a newer version of the orchestrator. Run that version, or restore a backup taken before the upgrade.");
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (PostgresException e)
        {
            throw new StartupException(
                $"PostgreSQL at {target} refused the orchestrator: {e.SqlState} {e.MessageText}. Check the user, password and " +
                $"database in {setting}.", e);
        }
        catch (NpgsqlException e)
        {
            throw new StartupException(
                $"Cannot reach PostgreSQL at {target}: {e.Message}. Check {setting} and that the server runs " +
                "(locally: infra/local/postgres.sh status).", e);
        }
    }

    static string Describe(DbContext db)
    {
        var builder = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        return $"{builder.Host}:{builder.Port}/{builder.Database} (user {builder.Username})";
    }
}
