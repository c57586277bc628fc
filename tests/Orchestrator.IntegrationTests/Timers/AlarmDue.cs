namespace Orchestrator.IntegrationTests.Timers;

/// <summary>The message the alarm saga schedules for itself.</summary>
public sealed record AlarmDue(Guid AlarmId);
