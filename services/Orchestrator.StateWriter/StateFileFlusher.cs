using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orchestrator.Contracts;

namespace Orchestrator.StateWriter;

/// <summary>
/// The one task that writes the state file (group commit). Each write serializes every run, so writing per message
/// would cost O(runs) per message; instead, changes applied while a write is in progress all go into the next one, and
/// a write starts as soon as the previous one ends. Callers wait until a write containing their change is durable.
/// </summary>
internal sealed class StateFileFlusher(
    WorkflowStateFile state, StateWriterStatus status, IOptions<StateWriterOptions> options, ILogger<StateFileFlusher> logger)
{
    static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(100);
    static readonly TimeSpan LastRetryDelay = TimeSpan.FromSeconds(5);

    readonly Channel<bool> wakeUp = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    readonly Lock gate = new();
    readonly List<(long Sequence, TaskCompletionSource Durable)> waiters = [];
    // Reused between writes: the buffer grows to the size of the file once instead of being allocated per write.
    readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);
    long durableSequence;

    /// <summary>
    /// Applies the snapshot and completes once the file on disk holds it. A stale snapshot also waits for the pending
    /// write: the newer version it lost to may not be durable yet, and acknowledging before then could lose it in a crash.
    /// </summary>
    /// <returns>True when the snapshot changed the state; false when it was stale or a duplicate.</returns>
    public async Task<bool> ApplyAsync(RunSnapshot snapshot, CancellationToken cancellationToken)
    {
        var changed = state.Apply(snapshot);
        await WhenDurableAsync(state.ChangeSequence, cancellationToken);
        return changed;
    }

    public Task WhenDurableAsync(long sequence, CancellationToken cancellationToken)
    {
        TaskCompletionSource durable;
        lock (gate)
        {
            if (sequence <= durableSequence)
                return Task.CompletedTask;
            durable = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((sequence, durable));
        }
        wakeUp.Writer.TryWrite(true);
        return durable.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Writes until <see cref="Complete"/> is called and everything asked for is written, or until aborted.</summary>
    public async Task RunAsync(CancellationToken abort)
    {
        await foreach (var _ in wakeUp.Reader.ReadAllAsync(abort))
            await FlushAsync(abort);
    }

    /// <summary>No more wake-ups: the run loop drains what is pending and ends.</summary>
    public void Complete() => wakeUp.Writer.TryComplete();

    async Task FlushAsync(CancellationToken abort)
    {
        var retryDelay = FirstRetryDelay;
        while (true)
        {
            var capture = state.Capture(DateTimeOffset.UtcNow);
            lock (gate)
            {
                if (capture.ChangeSequence <= durableSequence)
                    return;
            }
            try
            {
                await WriteAsync(capture);
                retryDelay = FirstRetryDelay;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Keep the messages unacknowledged and try again: they stay safe in the queue, whereas acknowledging or
                // failing them while the file cannot be written could lose them. The readiness check reports the error.
                status.WriteFailed(e);
                logger.LogError(e, "Writing {StatePath} failed; retrying in {RetryDelay}", options.Value.FullPath(), retryDelay);
                await Task.Delay(retryDelay, abort);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, LastRetryDelay.Ticks));
            }
        }
    }

    async Task WriteAsync(StateCapture capture)
    {
        buffer.ResetWrittenCount();
        await using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2 }))
            JsonSerializer.Serialize(json, capture.Document, StateJsonContext.Default.WorkflowStateDocument);
        await AtomicFileWriter.WriteAsync(options.Value.FullPath(), buffer.WrittenMemory);
        state.MarkWritten(capture);
        status.WriteSucceeded();
        Release(capture.ChangeSequence);
    }

    void Release(long sequence)
    {
        lock (gate)
        {
            durableSequence = Math.Max(durableSequence, sequence);
            waiters.RemoveAll(waiter =>
            {
                if (waiter.Sequence > sequence)
                    return false;
                waiter.Durable.TrySetResult();
                return true;
            });
        }
    }
}
