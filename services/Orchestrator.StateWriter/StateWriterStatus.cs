namespace Orchestrator.StateWriter;

/// <summary>What this instance is doing, for the readiness check and for tests that wait on a failover.</summary>
internal sealed class StateWriterStatus
{
    volatile StateWriterRole role;
    volatile string? writeError;
    int refusals;

    public StateWriterRole Role => role;

    /// <summary>How many times the lock was found held by another instance.</summary>
    public int Refusals => Volatile.Read(ref refusals);

    /// <summary>Why the last write failed, while writes are failing; null once a write succeeds.</summary>
    public string? WriteError => writeError;

    public void Refused(int count)
    {
        Volatile.Write(ref refusals, count);
        role = StateWriterRole.Standby;
    }

    public void Subscribing() => role = StateWriterRole.Subscribing;

    public void BecameActive() => role = StateWriterRole.Active;

    public void WriteFailed(Exception error) => writeError = error.Message;

    public void WriteSucceeded() => writeError = null;
}
