namespace Orchestrator.IntegrationTests.Timers;

/// <summary>Unschedules the alarm's timer.</summary>
public sealed record DisarmAlarm(Guid AlarmId);
