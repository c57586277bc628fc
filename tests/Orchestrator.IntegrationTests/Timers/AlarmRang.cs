namespace Orchestrator.IntegrationTests.Timers;

/// <summary>Published by the alarm saga when its scheduled <see cref="AlarmDue"/> reached it.</summary>
public sealed record AlarmRang(Guid AlarmId);
