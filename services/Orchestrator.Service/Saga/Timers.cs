namespace Orchestrator.Service.Saga;

/// <summary>A retry of a failed role task is due (WAIT_RETRY back-off elapsed). Sent by the saga to itself through the durable scheduler.</summary>
public sealed record RoleTaskRetryDue(Guid RunId, Guid FailedTaskId);

/// <summary>A task's deadline passed; if it is still unfinished it fails with "no answer".</summary>
public sealed record RoleTaskDeadlineReached(Guid RunId, Guid TaskId);

/// <summary>A failed gate's WAIT_RETRY back-off elapsed: go back to the retry state or re-dispatch the roles.</summary>
public sealed record GateRetryDue(Guid RunId, string Gate, int Attempt);
