namespace Orchestrator.StateWriter;

internal enum StateWriterRole
{
    /// <summary>Trying the lock for the first time.</summary>
    Starting,

    /// <summary>Another instance holds the lock; this one polls it and consumes nothing.</summary>
    Standby,

    /// <summary>Holds the lock and loaded the file; waits for the broker to confirm the subscription.</summary>
    Subscribing,

    /// <summary>Holds the lock, loaded the file, consumes <c>state-writer</c>.</summary>
    Active,
}
