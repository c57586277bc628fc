namespace Orchestrator.RoleAdapter.Agents;

/// <summary>What an agent made of a task: outputs, a failure reason, or nothing to report.</summary>
public sealed record AgentResult
{
    private AgentResult(AgentOutcome outcome, IReadOnlyList<AgentOutput> outputs, string reason)
    {
        Outcome = outcome;
        Outputs = outputs;
        Reason = reason;
    }

    public AgentOutcome Outcome { get; }

    public IReadOnlyList<AgentOutput> Outputs { get; }

    /// <summary>Why the task failed, or why the adapter stays silent; empty on success.</summary>
    public string Reason { get; }

    public static AgentResult Success(IReadOnlyList<AgentOutput> outputs) => new(AgentOutcome.Succeeded, outputs, "");

    public static AgentResult Failure(string reason) => new(AgentOutcome.Failed, [], reason);

    public static AgentResult NoReply(string reason) => new(AgentOutcome.NoReply, [], reason);
}
