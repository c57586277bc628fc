using Orchestrator.Contracts;

namespace Orchestrator.StateWriter;

/// <summary>
/// The in-memory model of <c>workflow_state.json</c>: consumers apply snapshots to it, the flusher captures it to write.
/// A change sequence counts applied changes, so the flusher can tell which changes a write contains.
/// </summary>
internal sealed class WorkflowStateFile
{
    readonly Lock gate = new();
    readonly Dictionary<Guid, RunState> runs = [];
    long changeSequence;
    long version;

    /// <summary>The file version of the last durable write (or of the file loaded at start).</summary>
    public long Version
    {
        get { lock (gate) return version; }
    }

    /// <summary>Grows by one with every applied change; never reset.</summary>
    public long ChangeSequence
    {
        get { lock (gate) return changeSequence; }
    }

    public int RunCount
    {
        get { lock (gate) return runs.Count; }
    }

    /// <summary>Replaces the model with what the file held at start.</summary>
    public void Restore(WorkflowStateDocument document)
    {
        lock (gate)
        {
            runs.Clear();
            foreach (var (runId, run) in document.Runs)
                runs[runId] = run;
            version = document.Version;
        }
    }

    /// <summary>
    /// Applies a snapshot unless the model already holds that run at the same or a newer saga version: redeliveries and
    /// snapshots overtaken by a newer one must never move a run back in time.
    /// </summary>
    /// <returns>True when the model changed.</returns>
    public bool Apply(RunSnapshot snapshot)
    {
        lock (gate)
        {
            if (runs.TryGetValue(snapshot.RunId, out var held) && snapshot.Version <= held.SagaVersion)
                return false;
            runs[snapshot.RunId] = RunState.From(snapshot);
            changeSequence++;
            return true;
        }
    }

    public RunState? Find(Guid runId)
    {
        lock (gate)
            return runs.GetValueOrDefault(runId);
    }

    /// <summary>
    /// Takes what the next write will contain. Copying the dictionary is a flat array copy, so consumers are held up
    /// for microseconds while the serialization and the disk work happen outside the lock.
    /// </summary>
    public StateCapture Capture(DateTimeOffset now)
    {
        lock (gate)
            return new StateCapture(changeSequence, new WorkflowStateDocument(version + 1, now, new Dictionary<Guid, RunState>(runs)));
    }

    /// <summary>Records that the captured document is durable on disk.</summary>
    public void MarkWritten(StateCapture capture)
    {
        lock (gate)
            version = Math.Max(version, capture.Document.Version);
    }
}
