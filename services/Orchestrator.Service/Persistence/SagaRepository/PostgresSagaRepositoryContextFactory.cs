using System.Data;
using MassTransit;
using MassTransit.Saga;
using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Service.Persistence.SagaRepository;

/// <summary>
/// The saga repository MassTransit calls for every message: one DbContext and one read-committed transaction
/// per message (three round trips: lock, write, commit), the saga row locked with <c>FOR UPDATE</c> while the
/// state machine runs, committed before the message is acknowledged. Errors (lost insert race 23505, 40001,
/// 40P01) propagate to the endpoint's retry.
/// </summary>
internal sealed class PostgresSagaRepositoryContextFactory<TSaga, TDbContext>(
    IDbContextFactory<TDbContext> dbFactory, ISagaConsumeContextFactory<DbContext, TSaga> consumeContextFactory,
    IEnumerable<ISagaCommitObserver> observers)
    : ISagaRepositoryContextFactory<TSaga>, IQuerySagaRepositoryContextFactory<TSaga>, ILoadSagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISaga
    where TDbContext : DbContext
{
    public async Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class
    {
        await using var db = await dbFactory.CreateDbContextAsync(context.CancellationToken);
        await InTransaction(db, context.CancellationToken, async () =>
        {
            var repositoryContext = new PostgresSagaRepositoryContext<TSaga, T, TDbContext>(db, context, consumeContextFactory);
            await next.Send(repositoryContext);
            return true;
        });
    }

    public async Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class
    {
        await using var db = await dbFactory.CreateDbContextAsync(context.CancellationToken);
        await InTransaction(db, context.CancellationToken, async () =>
        {
            var instances = await SagaRowLock.QueryForUpdate<TSaga>(db).Where(query.FilterExpression).ToListAsync(context.CancellationToken);
            var repositoryContext = new PostgresSagaRepositoryContext<TSaga, T, TDbContext>(db, context, consumeContextFactory);
            await next.Send(new LoadedSagaRepositoryQueryContext<TSaga, T>(repositoryContext, instances));
            return true;
        });
    }

    public Task<T> Execute<T>(Func<LoadSagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class => Read(asyncMethod, cancellationToken);

    public Task<T> Execute<T>(Func<QuerySagaRepositoryContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken = default)
        where T : class => Read(asyncMethod, cancellationToken);

    public void Probe(ProbeContext context) => context.Add("persistence", "postgresql");

    async Task<T> Read<T>(Func<PostgresSagaReadContext<TSaga>, Task<T>> asyncMethod, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await asyncMethod(new PostgresSagaReadContext<TSaga>(db, cancellationToken));
    }

    /// <summary>
    /// Any failed statement fails the whole message, so the transaction is rolled back and retried as one; EF Core's
    /// automatic savepoint around each SaveChanges would only add two round trips per message (SAVEPOINT and
    /// RELEASE). <see cref="PostgresSagaRepositoryContext{TSaga,TMessage,TDbContext}.Insert"/>, which must survive a
    /// lost insert race, sets its own.
    /// </summary>
    async Task<TResult> InTransaction<TResult>(DbContext db, CancellationToken cancellationToken, Func<Task<TResult>> work)
    {
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        try
        {
            var result = await work();
            foreach (var observer in observers)
                observer.BeforeCommit(db);
            await transaction.CommitAsync(cancellationToken);
            foreach (var observer in observers)
                observer.AfterCommit(db);
            return result;
        }
        catch
        {
            await RollBackQuietly(transaction);
            throw;
        }
    }

    /// <summary>
    /// When the connection is gone the server has already rolled back, and the rollback call itself throws; that
    /// error must not replace the original one, which the retry policy needs to see.
    /// </summary>
    static async Task RollBackQuietly(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or Npgsql.NpgsqlException)
        {
            // Nothing left to roll back.
        }
    }
}
