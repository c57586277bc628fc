namespace Orchestrator.IntegrationTests.Timers;

/// <summary>One delivery of a fired timer (or a saga's alarm), with what the receiver saw of its envelope.</summary>
public sealed record RecordedTimer(Guid Id, DateTime ReceivedAt, Guid? MessageId, Guid? CorrelationId, Guid? SchedulingTokenId);
