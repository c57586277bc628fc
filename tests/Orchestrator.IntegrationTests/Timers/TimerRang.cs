namespace Orchestrator.IntegrationTests.Timers;

/// <summary>The payload of a test timer; <paramref name="Id"/> tells the timers apart.</summary>
public sealed record TimerRang(Guid Id);
