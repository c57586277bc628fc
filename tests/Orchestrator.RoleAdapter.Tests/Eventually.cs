namespace Orchestrator.RoleAdapter.Tests;

/// <summary>Awaits a condition with a deadline, instead of sleeping for a guessed time.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {timeout.TotalSeconds} s for {what}.");
            await timer.WaitForNextTickAsync();
        }
    }
}
