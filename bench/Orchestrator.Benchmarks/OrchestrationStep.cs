using System.Diagnostics;
using System.Security.Cryptography;
using Orchestrator.Contracts;

namespace Orchestrator.Benchmarks;

/// <summary>
/// One orchestration step through the real orchestrator process and its PostgreSQL saga repository: product_owner_ai's
/// RoleTaskCompleted published → planning_ai's ExecuteRoleTask received (one message in, one saga transaction, one
/// message out, like the floor). Each operation is a new run: its start and product_owner_ai's artifacts are applied
/// before the clock starts, and the run is stopped once the step is measured. So each operation puts
/// <see cref="MessagesPerOperation"/> messages through the saga, which is what its throughput counts.
/// </summary>
internal sealed class OrchestrationStep(BenchBus bench, string artifactsRoot, int outputs)
{
    /// <summary>StartPipeline, the artifacts, RoleTaskCompleted and StopPipeline.</summary>
    public int MessagesPerOperation => 3 + outputs;

    public static async Task<OrchestrationStep> StartAsync(BenchBus bench, string artifactsRoot)
    {
        var probe = await StartRunAsync(bench);
        await bench.Bus.Publish(new StopPipeline(probe.RunId, "benchmark probe", "benchmark"));
        bench.Waiters.Forget(probe.RunId);
        return new OrchestrationStep(bench, artifactsRoot, probe.ExpectedOutputs.Count);
    }

    /// <returns>The step's latency in milliseconds.</returns>
    public async Task<double> StepAsync(int worker)
    {
        var task = await StartRunAsync(bench);
        var applied = bench.Waiters.For(Waiters.Artifacts(task.RunId, task.ExpectedOutputs.Count));
        foreach (var name in task.ExpectedOutputs)
            await bench.Bus.Publish(await Write(task, name));
        await applied;

        var started = Stopwatch.GetTimestamp();
        var next = bench.Waiters.For(Waiters.Task(task.RunId, "planning_ai"));
        await bench.Bus.Publish(new RoleTaskCompleted(task.RunId, task.TaskId, task.Role, task.Attempt));
        await next;
        var step = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        await bench.Bus.Publish(new StopPipeline(task.RunId, "benchmark step measured", "benchmark"));
        bench.Waiters.Forget(task.RunId);
        return step;
    }

    /// <summary>Starts a run and returns product_owner_ai's task; the run stays in flight until stopped.</summary>
    public static async Task<ExecuteRoleTask> StartRunAsync(BenchBus bench)
    {
        var runId = Guid.NewGuid();
        var ownerTask = bench.Waiters.For(Waiters.Task(runId, "product_owner_ai"));
        await bench.Bus.Publish(new StartPipeline(runId, "benchmark"));
        return (ExecuteRoleTask)(await ownerTask)!;
    }

    async Task<ArtifactReady> Write(ExecuteRoleTask task, string name)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes($"items:\n  - id: B-1\n    title: {name} for {task.RunId}\n");
        var location = $"runs/{task.RunId:N}/{name}";
        var path = Path.Combine(artifactsRoot, location);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes);
        return new ArtifactReady(task.RunId, task.TaskId, task.Role, name, location, Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes.Length, null);
    }
}
