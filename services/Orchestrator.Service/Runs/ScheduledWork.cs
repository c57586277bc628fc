namespace Orchestrator.Service.Runs;

/// <summary>A message the saga sends to itself later, through the PostgreSQL-backed scheduler.</summary>
public sealed record ScheduledWork(DateTimeOffset DueAt, object Message);
