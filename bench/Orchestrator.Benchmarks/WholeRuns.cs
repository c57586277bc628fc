using System.Diagnostics;
using Npgsql;
using Orchestrator.Contracts;

namespace Orchestrator.Benchmarks;

/// <summary>What one batch of whole runs cost: its wall time, its steps and each service's CPU time.</summary>
internal sealed record RunBatch(int RunsAtOnce, int Runs, long Steps, TimeSpan Wall, double RunP50Ms, IReadOnlyDictionary<string, double> CpuSeconds)
{
    public double StepsPerSecond => Steps / Wall.TotalSeconds;
}

/// <summary>
/// Whole runs of the default pipeline with every role played by the scripted role adapters, the gate service and the
/// state writer running: batches of runs started at once, each batch timed until its last run completed. A step is a
/// change the saga applied (the run's version), so steps per second count the orchestrator's work, not messages.
/// </summary>
internal sealed class WholeRuns(BenchBus bench, NpgsqlDataSource database, IReadOnlyDictionary<string, int> services)
{
    public static readonly TimeSpan BatchLimit = TimeSpan.FromMinutes(3);

    public async Task<RunBatch> RunAsync(int runsAtOnce, int batches = 1)
    {
        var wall = TimeSpan.Zero;
        var durations = new List<double>();
        var ids = new List<Guid>();
        var cpuBefore = CpuSeconds();
        for (var b = 0; b < batches; b++)
        {
            var batch = Enumerable.Range(0, runsAtOnce).Select(_ => Guid.NewGuid()).ToList();
            var started = Stopwatch.GetTimestamp();
            var runs = batch.Select(async id =>
            {
                var completed = bench.Waiters.For(Waiters.Completed(id));
                await bench.Bus.Publish(new StartPipeline(id, "benchmark"));
                await completed.WaitAsync(BatchLimit);
                lock (durations)
                    durations.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                bench.Waiters.Forget(id);
            }).ToList();
            try
            {
                await Task.WhenAll(runs);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"{runs.Count(r => !r.IsCompletedSuccessfully)} of {runsAtOnce} runs did not complete within {BatchLimit.TotalMinutes} minutes: see .local/bench/logs");
            }
            wall += Stopwatch.GetElapsedTime(started);
            ids.AddRange(batch);
        }
        var cpuAfter = CpuSeconds();
        var cpu = cpuAfter.ToDictionary(c => c.Key, c => c.Value - cpuBefore[c.Key]);
        durations.Sort();
        return new RunBatch(runsAtOnce, ids.Count, await StepsAsync(ids), wall, durations[(durations.Count - 1) / 2], cpu);
    }

    /// <summary>Peak resident memory of each service since it started, MiB.</summary>
    public IReadOnlyDictionary<string, double> PeakMemoryMiB() =>
        services.ToDictionary(s => s.Key, s => ProcessStats.PeakMemoryMiB(s.Value));

    Dictionary<string, double> CpuSeconds() => services.ToDictionary(s => s.Key, s => ProcessStats.CpuSeconds(s.Value));

    async Task<long> StepsAsync(List<Guid> ids)
    {
        await using var command = database.CreateCommand("SELECT coalesce(sum(version), 0) FROM runs WHERE run_id = ANY($1)");
        command.Parameters.AddWithValue(ids.ToArray());
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
