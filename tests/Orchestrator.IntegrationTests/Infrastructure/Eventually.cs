namespace Orchestrator.IntegrationTests.Infrastructure;

/// <summary>Waits for a condition with a deadline instead of sleeping a fixed time.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T?>> probe, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            var value = await probe();
            if (value is not null)
                return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0} s for {what}.");
            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 250));
        }
    }

    public static Task True(Func<Task<bool>> probe, TimeSpan timeout, string what) =>
        Get<object>(async () => await probe() ? true : null, timeout, what);
}
