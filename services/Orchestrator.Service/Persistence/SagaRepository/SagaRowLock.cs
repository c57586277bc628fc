using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Orchestrator.Service.Persistence.SagaRepository;

/// <summary>
/// Loads one saga row under <c>SELECT … FOR UPDATE</c>, so two consumers of the same run (on any number of
/// bus instances) take turns: the second waits for the first transaction to commit and then sees its result.
/// </summary>
// The SQL is assembled from the EF model's table and column names only; every value is a parameter.
#pragma warning disable EF1003
internal static class SagaRowLock
{
    public static Task<TSaga?> LoadForUpdate<TSaga>(DbContext db, Guid correlationId, CancellationToken cancellationToken)
        where TSaga : class, ISaga =>
        db.Set<TSaga>()
            .FromSqlRaw(LockSql<TSaga>(db), correlationId)
            .SingleOrDefaultAsync(cancellationToken);

    public static IQueryable<TSaga> QueryForUpdate<TSaga>(DbContext db)
        where TSaga : class, ISaga =>
        db.Set<TSaga>().FromSqlRaw(SelectSql<TSaga>(db) + " FOR UPDATE");

    static string LockSql<TSaga>(DbContext db) where TSaga : class, ISaga
    {
        var entity = Entity<TSaga>(db);
        var key = entity.FindProperty(nameof(ISaga.CorrelationId))!
            .GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()));
        return $"{SelectSql<TSaga>(db)} WHERE \"{key}\" = {{0}} FOR UPDATE";
    }

    static string SelectSql<TSaga>(DbContext db) where TSaga : class, ISaga
    {
        var entity = Entity<TSaga>(db);
        var table = entity.GetSchema() is { } schema
            ? $"\"{schema}\".\"{entity.GetTableName()}\""
            : $"\"{entity.GetTableName()}\"";
        return $"SELECT * FROM {table}";
    }

    static IEntityType Entity<TSaga>(DbContext db) =>
        db.Model.FindEntityType(typeof(TSaga))
        ?? throw new InvalidOperationException($"{typeof(TSaga).Name} is not mapped in {db.GetType().Name}.");
}
#pragma warning restore EF1003
