namespace Orchestrator.StateWriter;

/// <summary>A document ready to write, and the change sequence it contains everything up to.</summary>
internal sealed record StateCapture(long ChangeSequence, WorkflowStateDocument Document);
