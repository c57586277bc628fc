using System.Text;

namespace Orchestrator.StateWriter;

/// <summary>
/// An exclusive advisory lock on <c>&lt;state file&gt;.lock</c>, held for the life of the process: whoever holds it is the
/// one writer. The kernel releases it when the process dies, however it dies, so a standby takes over without cleanup.
/// </summary>
internal sealed class SingleWriterLock : IDisposable
{
    // EWOULDBLOCK on Linux, ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION on Windows.
    static readonly int[] HeldElsewhere = [11, unchecked((int)0x80070020), unchecked((int)0x80070021)];

    readonly FileStream stream;

    SingleWriterLock(FileStream stream) => this.stream = stream;

    public string Path => stream.Name;

    /// <summary>Takes the lock, or returns null at once when another process (or another handle in this one) holds it.</summary>
    public static SingleWriterLock? TryAcquire(string lockPath)
    {
        FileStream stream;
        try
        {
            // FileShare.None: .NET takes flock(LOCK_EX | LOCK_NB) on Unix and a sharing lock on Windows.
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (HeldElsewhere.Contains(e.HResult))
        {
            return null;
        }
        if (OperatingSystem.IsLinux() && !LibC.TryLockExclusive(stream.SafeFileHandle))
        {
            stream.Dispose();
            return null;
        }
        WriteHolder(stream);
        return new SingleWriterLock(stream);
    }

    /// <summary>
    /// Waits as a standby until the lock is free, trying again every <paramref name="pollInterval"/>;
    /// <paramref name="onRefused"/> runs after each refusal (for the log and the health check).
    /// </summary>
    public static async Task<SingleWriterLock> AcquireAsync(
        string lockPath, TimeSpan pollInterval, Action<int> onRefused, CancellationToken cancellationToken)
    {
        for (var refusals = 1; ; refusals++)
        {
            if (TryAcquire(lockPath) is { } held)
                return held;
            onRefused(refusals);
            await Task.Delay(pollInterval, cancellationToken);
        }
    }

    /// <summary>Closing the descriptor releases the lock; the file stays, so the next holder does not race to create it.</summary>
    public void Dispose() => stream.Dispose();

    /// <summary>Who holds the lock, for an operator running <c>cat</c> on it (cat takes no lock, so it can read it).</summary>
    static void WriteHolder(FileStream stream)
    {
        var holder = $"pid={Environment.ProcessId} host={Environment.MachineName} since={DateTimeOffset.UtcNow:O}\n";
        stream.SetLength(0);
        stream.Write(Encoding.UTF8.GetBytes(holder));
        stream.Flush();
    }
}
