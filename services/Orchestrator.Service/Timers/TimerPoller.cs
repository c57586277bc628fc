using MassTransit;
using MassTransit.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orchestrator.Service.Persistence;
using Orchestrator.Service.Persistence.Entities;

namespace Orchestrator.Service.Timers;

/// <summary>
/// Fires due timers: claims them in a transaction, sends each to its destination, deletes the sent rows and commits.
/// Every instance runs one; SKIP LOCKED gives each due timer to one of them.
/// <para>
/// Delivery is at least once. In the normal case a timer is sent exactly once, but a process that dies (or loses the
/// database) after sending and before the commit leaves the row in place, and the timer is sent again once the lock is
/// gone. Receivers are idempotent: sagas check the scheduling token and their state, and the message keeps its MessageId.
/// </para>
/// </summary>
internal sealed class TimerPoller(
    IDbContextFactory<OrchestratorDbContext> dbFactory,
    IBus bus,
    IOptions<TimerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<TimerPoller> logger) : BackgroundService
{
    /// <summary>A timer whose send failed (broker down, unknown content type) waits this long, so it cannot hold up the others.</summary>
    internal static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // MassTransit's hosted service starts the bus before the host reports started (WaitUntilStarted), so the first
        // sends find it running instead of failing and pushing timers back.
        if (!await HostStartedAsync(stoppingToken))
            return;
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = await FireDueTimersSafelyAsync(settings.BatchSize);
            // A full batch means more may be due already: take the next one now rather than after a whole interval.
            if (claimed == settings.BatchSize)
                continue;
            try
            {
                await Task.Delay(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    async Task<bool> HostStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onStopping = stoppingToken.Register(() => started.TrySetCanceled());
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    async Task<int> FireDueTimersSafelyAsync(int batchSize)
    {
        try
        {
            return await FireDueTimersAsync(batchSize);
        }
        catch (Exception e)
        {
            // The database is unreachable or the transaction failed: nothing was deleted, so the timers fire on a later poll.
            logger.LogError(e, "Firing due timers failed; retrying at the next poll");
            return 0;
        }
    }

    /// <summary>
    /// One batch. It runs to its end even while the host stops (no cancellation token): stopping in the middle would roll
    /// back the deletes of timers already sent, and they would be sent a second time.
    /// </summary>
    async Task<int> FireDueTimersAsync(int batchSize)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var due = await db.ClaimDueAsync(batchSize, CancellationToken.None);
        if (due.Count == 0)
            return 0;

        var sent = new List<Guid>(due.Count);
        var failed = new List<Guid>();
        foreach (var timer in due)
            (await TrySendAsync(timer) ? sent : failed).Add(timer.Id);

        await db.Timers.Where(x => sent.Contains(x.Id)).ExecuteDeleteAsync();
        if (failed.Count > 0)
        {
            var retryAt = DateTimeOffset.UtcNow + RetryDelay;
            await db.Timers.Where(x => failed.Contains(x.Id)).ExecuteUpdateAsync(x => x.SetProperty(t => t.DueAt, retryAt));
        }
        await transaction.CommitAsync();
        return due.Count;
    }

    async Task<bool> TrySendAsync(ScheduledTimer timer)
    {
        try
        {
            var destination = new Uri(timer.Destination);
            var endpoint = await bus.GetSendEndpoint(destination);
            // With publisher confirms (the bus default here) this returns once the broker holds the message.
            await endpoint.Send(new SerializedMessageBody(), new ScheduledTimerSendPipe(timer, destination));
            logger.LogDebug("Timer {TimerId} fired: {MessageType} to {Destination}", timer.Id, timer.MessageType, timer.Destination);
            return true;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Timer {TimerId} ({MessageType} to {Destination}) could not be sent; retrying in {RetryDelay}",
                timer.Id, timer.MessageType, timer.Destination, RetryDelay);
            return false;
        }
    }
}
