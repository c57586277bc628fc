using Microsoft.EntityFrameworkCore;

namespace Orchestrator.Service.Persistence.SagaRepository;

/// <summary>
/// Sees each saga transaction just before and just after it commits, with the DbContext holding what the message
/// changed. The product registers none; the crash tests register <see cref="Testing.CrashAtCommit"/>.
/// </summary>
public interface ISagaCommitObserver
{
    void BeforeCommit(DbContext db);

    void AfterCommit(DbContext db);
}
