namespace Orchestrator.Service.Persistence.Entities;

/// <summary>A message to send later (WAIT_RETRY back-off, role deadlines): a row of <c>timers</c> until it fires.</summary>
public sealed class ScheduledTimer
{
    /// <summary>The schedule's token id; cancelling uses it.</summary>
    public Guid Id { get; set; }

    public DateTimeOffset DueAt { get; set; }
    public string Destination { get; set; } = "";
    public string MessageType { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string Body { get; set; } = "";
    public Guid? MessageId { get; set; }
    public Guid? CorrelationId { get; set; }
    public Guid? ConversationId { get; set; }
    public Guid? InitiatorId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
