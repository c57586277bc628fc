using System.Security.Cryptography;
using Orchestrator.Contracts;

namespace Orchestrator.Benchmarks;

/// <summary>
/// One orchestration step through the real orchestrator process and its PostgreSQL saga repository: product_owner_ai's
/// ArtifactReady and RoleTaskCompleted published → planning_ai's ExecuteRoleTask received. Each operation is a new run
/// (its start is not timed), stopped once the step is measured.
/// </summary>
internal sealed class OrchestrationStep(BenchBus bench, string artifactsRoot)
{
    /// <returns>The step's latency in milliseconds, without the run's start.</returns>
    public async Task<double> StepAsync(int worker)
    {
        var runId = Guid.NewGuid();
        var ownerTask = bench.Waiters.For(runId, "product_owner_ai");
        await bench.Bus.Publish(new StartPipeline(runId, "benchmark"));
        var task = (ExecuteRoleTask)(await ownerTask)!;
        var artifacts = new List<ArtifactReady>();
        foreach (var name in task.ExpectedOutputs)
            artifacts.Add(await Write(task, name));

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var next = bench.Waiters.For(runId, "planning_ai");
        foreach (var artifact in artifacts)
            await bench.Bus.Publish(artifact);
        await bench.Bus.Publish(new RoleTaskCompleted(runId, task.TaskId, task.Role, task.Attempt));
        await next;
        var step = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        await bench.Bus.Publish(new StopPipeline(runId, "benchmark step measured", "benchmark"));
        bench.Waiters.Forget(runId, "product_owner_ai");
        bench.Waiters.Forget(runId, "planning_ai");
        return step;
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
