namespace Orchestrator.Benchmarks;

/// <summary>Latencies of one measured part at one concurrency, and the wall time they took.</summary>
/// <param name="part">What was measured.</param>
/// <param name="concurrency">How many workers ran it side by side.</param>
/// <param name="workPerOperation">What one operation counts for in the throughput (messages through the saga for a step).</param>
public sealed class Samples(string part, int concurrency, int workPerOperation = 1)
{
    readonly List<double> milliseconds = [];

    public string Part { get; } = part;
    public int Concurrency { get; } = concurrency;
    public TimeSpan Elapsed { get; private set; }
    public int Count => milliseconds.Count;

    public void Add(double ms)
    {
        lock (milliseconds)
            milliseconds.Add(ms);
    }

    public void AddElapsed(TimeSpan elapsed) => Elapsed += elapsed;

    public int WorkPerOperation { get; } = workPerOperation;

    /// <summary>Operations (times their work) per second over the wall time of the rounds.</summary>
    public double Throughput => Elapsed > TimeSpan.Zero ? Count * WorkPerOperation / Elapsed.TotalSeconds : 0;

    /// <summary>The p-th percentile (0–100), nearest rank.</summary>
    public double Percentile(double p)
    {
        if (milliseconds.Count == 0)
            return double.NaN;
        var sorted = milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
