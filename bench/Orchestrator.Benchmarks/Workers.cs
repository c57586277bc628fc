using System.Diagnostics;

namespace Orchestrator.Benchmarks;

internal static class Workers
{
    /// <summary>
    /// Runs <paramref name="operations"/> operations on <c>samples.Concurrency</c> workers, each returning its own
    /// latency in milliseconds; adds the latencies and the round's wall time to <paramref name="samples"/>.
    /// </summary>
    public static Task RunAsync(Samples samples, int operations, Func<int, Task<double>> operation)
    {
        var next = -1;
        return RunWhileAsync(samples, () => Interlocked.Increment(ref next) < operations, operation);
    }

    /// <summary>Runs the operation on <c>samples.Concurrency</c> workers until <paramref name="duration"/> has passed.</summary>
    public static Task RunForAsync(Samples samples, TimeSpan duration, Func<int, Task<double>> operation)
    {
        var started = Stopwatch.StartNew();
        return RunWhileAsync(samples, () => started.Elapsed < duration, operation);
    }

    /// <summary>An operation timed from its start to its end.</summary>
    public static Func<int, Task<double>> Timed(Func<int, Task> operation) => async worker =>
    {
        var started = Stopwatch.GetTimestamp();
        await operation(worker);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    };

    static async Task RunWhileAsync(Samples samples, Func<bool> more, Func<int, Task<double>> operation)
    {
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, samples.Concurrency).Select(worker => Task.Run(async () =>
        {
            while (more())
                samples.Add(await operation(worker));
        })));
        samples.AddElapsed(wall.Elapsed);
    }
}
