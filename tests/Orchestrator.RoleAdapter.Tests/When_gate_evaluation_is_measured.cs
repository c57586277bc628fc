using System.Diagnostics;
using Orchestrator.Definitions;
using Xunit;
using Xunit.Abstractions;

namespace Orchestrator.RoleAdapter.Tests;

/// <summary>
/// A benchmark, not a timed assertion: the CPU time of evaluating a gate over the scripted artifacts of a whole run,
/// printed for the record (dotnet test --logger "console;verbosity=detailed" shows it).
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class When_gate_evaluation_is_measured(ITestOutputHelper output) : IDisposable
{
    private readonly ScriptedPipeline _pipeline = new();

    [Fact]
    public async Task Should_report_cpu_time_per_gate_evaluation()
    {
        var reader = await _pipeline.RunAsync();
        var gates = ScriptedPipeline.Definition.Gates;
        foreach (var gate in gates)
            Assert.True((await GateEvaluator.EvaluateAsync(gate, reader)).Passed);

        const int rounds = 300;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
            foreach (var gate in gates)
                await GateEvaluator.EvaluateAsync(gate, reader);
        wall.Stop();
        var evaluations = rounds * gates.Count;
        var cpuPerEvaluation = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / evaluations;

        output.WriteLine($"gate evaluation: {evaluations} evaluations, {cpuPerEvaluation:0.0} µs CPU and " +
            $"{wall.Elapsed.TotalMicroseconds / evaluations:0.0} µs wall each (all 7 gates over one run's artifacts)");
        Assert.True(cpuPerEvaluation > 0);
    }

    public void Dispose() => _pipeline.Dispose();
}
