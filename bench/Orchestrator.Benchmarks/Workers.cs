using System.Diagnostics;

namespace Orchestrator.Benchmarks;

internal static class Workers
{
    /// <summary>
    /// Runs <paramref name="operations"/> operations on <c>samples.Concurrency</c> workers, each returning its own
    /// latency in milliseconds; adds the latencies and the round's wall time to <paramref name="samples"/>.
    /// </summary>
    public static async Task RunAsync(Samples samples, int operations, Func<int, Task<double>> operation)
    {
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, samples.Concurrency).Select(worker => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) < operations)
                samples.Add(await operation(worker));
        })));
        samples.AddElapsed(wall.Elapsed);
    }

    /// <summary>An operation timed from its start to its end.</summary>
    public static Func<int, Task<double>> Timed(Func<int, Task> operation) => async worker =>
    {
        var started = Stopwatch.GetTimestamp();
        await operation(worker);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    };
}
