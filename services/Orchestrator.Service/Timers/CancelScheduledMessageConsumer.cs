using MassTransit;
using MassTransit.Scheduling;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Service.Persistence;

namespace Orchestrator.Service.Timers;

/// <summary>
/// Deletes the timer of a <see cref="CancelScheduledMessage"/>, so it never fires. A cancel that comes while the poller is
/// already sending that timer waits on the row lock and then finds nothing: the timer fired first. A saga ignores such a
/// late message, because its <c>MT-Scheduling-TokenId</c> is no longer the token the saga holds.
/// </summary>
internal sealed class CancelScheduledMessageConsumer(
    IDbContextFactory<OrchestratorDbContext> dbFactory, ILogger<CancelScheduledMessageConsumer> logger) : IConsumer<CancelScheduledMessage>
{
    public async Task Consume(ConsumeContext<CancelScheduledMessage> context)
    {
        var tokenId = context.Message.TokenId;
        await using var db = await dbFactory.CreateDbContextAsync(context.CancellationToken);
        var deleted = await db.Timers.Where(x => x.Id == tokenId).ExecuteDeleteAsync(context.CancellationToken);
        if (deleted == 0)
            logger.LogDebug("Timer {TimerId} not cancelled: it has fired already or was never stored", tokenId);
        else
            logger.LogDebug("Timer {TimerId} cancelled", tokenId);
    }
}
