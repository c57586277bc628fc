using MassTransit;
using Microsoft.Extensions.Logging;
using Orchestrator.Contracts;

namespace Orchestrator.StateWriter;

/// <summary>
/// Applies each run snapshot to the state file. Excluded from ConfigureEndpoints on purpose: StateWriterService
/// connects the <c>state-writer</c> endpoint only once this instance holds the file lock, so a standby never takes
/// messages it could not write.
/// </summary>
[ExcludeFromConfigureEndpoints]
internal sealed class WorkflowStateChangedConsumer(StateFileFlusher flusher, ILogger<WorkflowStateChangedConsumer> logger)
    : IConsumer<WorkflowStateChanged>
{
    public async Task Consume(ConsumeContext<WorkflowStateChanged> context)
    {
        var message = context.Message;
        if (SnapshotCheck.Problem(message) is { } problem)
        {
            logger.LogError("Rejected WorkflowStateChanged for run {RunId}: {Problem}", message.RunId, problem);
            // Throwing moves the message to state-writer_error with this reason, where an operator can see it.
            throw new InvalidDataException($"WorkflowStateChanged for run {message.RunId} rejected: {problem}.");
        }

        // Returning acknowledges the message, so this waits until a write holding the snapshot is durable.
        if (await flusher.ApplyAsync(message.Snapshot, context.CancellationToken))
            logger.LogDebug("Run {RunId} written at saga version {SagaVersion}", message.RunId, message.Snapshot.Version);
        else
            logger.LogDebug("Run {RunId}: ignored saga version {SagaVersion}, the file already holds the same or a newer one",
                message.RunId, message.Snapshot.Version);
    }
}
