using MassTransit;
using Microsoft.Extensions.Options;
using Orchestrator.Artifacts;
using Orchestrator.Contracts;
using Orchestrator.RoleAdapter.Agents;

namespace Orchestrator.RoleAdapter;

/// <summary>
/// Performs a task of this adapter's role: runs the agent, stores its outputs, publishes one ArtifactReady per output
/// and then RoleTaskCompleted, or RoleTaskFailed with the reason. A redelivered task is simply done again: the
/// artifacts are overwritten at the same locations and the same events are published.
/// </summary>
public sealed class ExecuteRoleTaskConsumer(
    IOptions<RoleAdapterOptions> options,
    IRoleAgent agent,
    ArtifactStore store,
    ILogger<ExecuteRoleTaskConsumer> logger) : IConsumer<ExecuteRoleTask>
{
    public async Task Consume(ConsumeContext<ExecuteRoleTask> context)
    {
        var task = context.Message;
        var role = options.Value.Role;
        if (!string.Equals(task.Role, role, StringComparison.Ordinal))
        {
            logger.LogWarning("Run {RunId}: ignoring task {TaskId} for role {TaskRole}: this adapter serves {Role} only",
                task.RunId, task.TaskId, task.Role, role);
            return;
        }
        logger.LogInformation("Run {RunId}: {Role} starts task {TaskId} (state {State}, attempt {Attempt}, outputs {ExpectedOutputs})",
            task.RunId, role, task.TaskId, task.State, task.Attempt, task.ExpectedOutputs);

        var result = await RunAgentAsync(task, context.CancellationToken);
        switch (result.Outcome)
        {
            case AgentOutcome.NoReply:
                logger.LogInformation("Run {RunId}: {Role} publishes nothing for task {TaskId}: {Reason}",
                    task.RunId, role, task.TaskId, result.Reason);
                return;
            case AgentOutcome.Failed:
                await FailAsync(context, result.Reason);
                return;
            default:
                await CompleteAsync(context, result.Outputs);
                return;
        }
    }

    private async Task<AgentResult> RunAgentAsync(ExecuteRoleTask task, CancellationToken cancellationToken)
    {
        try
        {
            using var workspace = AgentWorkspace.Create(store, task.RunId);
            return await agent.RunAsync(task, workspace, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Anything the agent could not handle is the task's failure, reported to the run, not a poison message.
            logger.LogError(ex, "Run {RunId}: {Role} agent failed on task {TaskId}", task.RunId, task.Role, task.TaskId);
            return AgentResult.Failure($"the {options.Value.Agent.ToString().ToLowerInvariant()} agent failed: {ex.Message}");
        }
    }

    private async Task CompleteAsync(ConsumeContext<ExecuteRoleTask> context, IReadOnlyList<AgentOutput> outputs)
    {
        var task = context.Message;
        var missing = task.ExpectedOutputs.Except(outputs.Select(o => o.Name), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            await FailAsync(context, $"the agent finished without the expected output(s) {string.Join(", ", missing)}");
            return;
        }
        // Everything is stored before anything is announced, so a failed write never leaves half a task published.
        var stored = new List<(AgentOutput Output, StoredArtifact Artifact)>();
        foreach (var output in outputs)
        {
            try
            {
                stored.Add((output, await store.WriteAsync(task.RunId, output.Name, output.Content, context.CancellationToken)));
            }
            catch (ArtifactPathException ex)
            {
                await FailAsync(context, ex.Message);
                return;
            }
        }
        foreach (var (output, artifact) in stored)
        {
            await context.Publish(new ArtifactReady(task.RunId, task.TaskId, task.Role, artifact.Name, artifact.Location,
                artifact.Sha256, artifact.Size, output.Attributes));
            logger.LogInformation("Run {RunId}: {Role} published {Artifact} ({Size} bytes, sha256 {Sha256}) for task {TaskId}",
                task.RunId, task.Role, artifact.Name, artifact.Size, artifact.Sha256, task.TaskId);
        }
        await context.Publish(new RoleTaskCompleted(task.RunId, task.TaskId, task.Role, task.Attempt));
        logger.LogInformation("Run {RunId}: {Role} completed task {TaskId} (attempt {Attempt})",
            task.RunId, task.Role, task.TaskId, task.Attempt);
    }

    private async Task FailAsync(ConsumeContext<ExecuteRoleTask> context, string reason)
    {
        var task = context.Message;
        await context.Publish(new RoleTaskFailed(task.RunId, task.TaskId, task.Role, task.Attempt, reason));
        logger.LogWarning("Run {RunId}: {Role} failed task {TaskId} (attempt {Attempt}): {Reason}",
            task.RunId, task.Role, task.TaskId, task.Attempt, reason);
    }
}
