using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Orchestrator.IntegrationTests.SagaRepository;

/// <summary>Counts the savepoints EF Core creates on one host's connections (each one costs a round trip, and its release another).</summary>
public sealed class SavepointCounter : DbTransactionInterceptor
{
    int count;

    public int Count => Volatile.Read(ref count);

    public override ValueTask<InterceptionResult> CreatingSavepointAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }
}
