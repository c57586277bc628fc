using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orchestrator.StateWriter.Tests.Support;
using Xunit.Abstractions;

namespace Orchestrator.StateWriter.Tests;

/// <summary>
/// Prints what one write costs with thousands of runs. Run alone to get figures undisturbed by the other tests:
/// <c>dotnet test --filter Category=Benchmark --logger "console;verbosity=detailed"</c>. Timings depend on the disk and
/// the machine's load, so nothing asserts on them.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class When_measuring_the_cost_of_a_write(ITestOutputHelper output) : IDisposable
{
    const int Samples = 20;
    readonly TempFolder folder = new();

    [Theory]
    [InlineData(1000)]
    [InlineData(5000)]
    public async Task Should_print_write_time_and_memory(int runs)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var state = new WorkflowStateFile();
        for (var i = 0; i < runs; i++)
            state.Apply(BenchmarkRuns.Completed(Guid.NewGuid(), 1));
        var model = GC.GetTotalMemory(forceFullCollection: true) - before;

        var serialize = MeasureSerialization(state);
        var (write, allocated) = await MeasureWrites(state);
        var bytes = File.ReadAllBytes(folder.StatePath);
        var clock = Stopwatch.StartNew();
        var loaded = StateFileLoader.Parse(bytes);
        var load = clock.Elapsed.TotalMilliseconds;

        output.WriteLine(
            $"{runs} runs: file {bytes.Length / 1048576.0:0.00} MiB, model in memory {model / 1048576.0:0.0} MiB; " +
            $"serialize median {Median(serialize):0.0} ms; write (capture + serialize + write + fsync + rename + fsync folder) " +
            $"median {Median(write):0.0} ms, max {write.Max():0.0} ms; allocated {allocated / 1048576.0:0.00} MiB per write; " +
            $"load {load:0} ms");
        Assert.Equal(runs + Samples, loaded.Runs.Count);
        Assert.Equal(Samples + 1, loaded.Version);
        GC.KeepAlive(state);
    }

    public void Dispose() => folder.Dispose();

    static List<double> MeasureSerialization(WorkflowStateFile state)
    {
        var buffer = new ArrayBufferWriter<byte>();
        var times = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var clock = Stopwatch.StartNew();
            buffer.ResetWrittenCount();
            using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 2 });
            JsonSerializer.Serialize(json, state.Capture(DateTimeOffset.UtcNow).Document, StateJsonContext.Default.WorkflowStateDocument);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    /// <summary>One changed run per write, each awaited until durable: the cost a message pays when nothing else is queued.</summary>
    async Task<(List<double> Times, long AllocatedPerWrite)> MeasureWrites(WorkflowStateFile state)
    {
        var flusher = new StateFileFlusher(state, new StateWriterStatus(),
            Options.Create(new StateWriterOptions { Path = folder.StatePath }), NullLogger<StateFileFlusher>.Instance);
        var flushing = flusher.RunAsync(CancellationToken.None);
        await flusher.WhenDurableAsync(state.ChangeSequence, CancellationToken.None);

        var times = new List<double>();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Samples; i++)
        {
            var clock = Stopwatch.StartNew();
            await flusher.ApplyAsync(BenchmarkRuns.Completed(Guid.NewGuid(), 1), CancellationToken.None);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Samples;
        flusher.Complete();
        await flushing;
        return (times, allocated);
    }

    static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
