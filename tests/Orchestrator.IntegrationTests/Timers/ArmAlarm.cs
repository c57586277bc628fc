namespace Orchestrator.IntegrationTests.Timers;

/// <summary>Starts an alarm saga that rings after <paramref name="Delay"/>.</summary>
public sealed record ArmAlarm(Guid AlarmId, TimeSpan Delay);
