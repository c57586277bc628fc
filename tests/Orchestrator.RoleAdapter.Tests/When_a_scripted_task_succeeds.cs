using System.Security.Cryptography;
using Orchestrator.Contracts;
using Xunit;

namespace Orchestrator.RoleAdapter.Tests;

public sealed class When_a_scripted_task_succeeds : IAsyncLifetime
{
    private static readonly string[] PlanningOutputs = ["technical_plan.md", "task_breakdown.yaml"];
    private AdapterHarness _adapter = null!;

    public async Task InitializeAsync() => _adapter = await AdapterHarness.StartAsync("planning_ai");

    [Fact]
    public async Task Should_publish_ArtifactReady_per_expected_output_with_the_hash_of_the_stored_file()
    {
        var task = Tasks.For("planning_ai", PlanningOutputs);

        await _adapter.SendAsync(task);

        Assert.True(await _adapter.ConsumedAsync(task.TaskId));
        var ready = _adapter.Published<ArtifactReady>(task.TaskId);
        Assert.Equal(PlanningOutputs, ready.Select(r => r.Name));
        foreach (var artifact in ready)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(_adapter.Store.Root, "runs", task.RunId.ToString("N"), artifact.Name));
            Assert.Equal($"runs/{task.RunId:N}/{artifact.Name}", artifact.Location);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), artifact.Sha256);
            Assert.Equal(bytes.Length, artifact.Size);
            Assert.Equal((task.RunId, "planning_ai"), (artifact.RunId, artifact.Role));
        }
        Assert.Equal("approved", ready[0].Attributes!["status"]);
    }

    [Fact]
    public async Task Should_publish_RoleTaskCompleted_after_its_artifacts()
    {
        var task = Tasks.For("planning_ai", PlanningOutputs, attempt: 2);

        await _adapter.SendAsync(task);

        Assert.True(await _adapter.Harness.Published.Any<RoleTaskCompleted>(m => m.Context.Message.TaskId == task.TaskId));
        var completed = Assert.Single(_adapter.Published<RoleTaskCompleted>(task.TaskId));
        Assert.Equal(new RoleTaskCompleted(task.RunId, task.TaskId, "planning_ai", 2), completed);
        Assert.Empty(_adapter.Published<RoleTaskFailed>(task.TaskId));
        var order = _adapter.Harness.Published.Select(m => m.MessageType == typeof(RoleTaskCompleted) || m.MessageType == typeof(ArtifactReady))
            .Select(m => m.MessageType.Name).ToList();
        Assert.Equal(["ArtifactReady", "ArtifactReady", "RoleTaskCompleted"], order);
    }

    [Fact]
    public async Task Should_store_exactly_the_expected_outputs()
    {
        var task = Tasks.For("planning_ai", ["technical_plan.md", "notes.txt"]);

        await _adapter.SendAsync(task);

        Assert.True(await _adapter.ConsumedAsync(task.TaskId));
        var files = Directory.GetFiles(_adapter.Store.RunDirectory(task.RunId)).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["notes.txt", "technical_plan.md"], files);
    }

    [Fact]
    public async Task Should_publish_the_same_artifacts_when_the_task_is_redelivered()
    {
        var task = Tasks.For("planning_ai", PlanningOutputs);

        await _adapter.SendAsync(task);
        Assert.True(await _adapter.ConsumedAsync(task.TaskId));
        var first = _adapter.Published<ArtifactReady>(task.TaskId).ToList();
        await _adapter.SendAsync(task);
        await Eventually.TrueAsync(() => _adapter.Published<RoleTaskCompleted>(task.TaskId).Count == 2,
            TimeSpan.FromSeconds(10), "the second RoleTaskCompleted");

        var all = _adapter.Published<ArtifactReady>(task.TaskId);
        Assert.Equal(4, all.Count);
        Assert.Equal(first.Select(a => (a.Name, a.Location, a.Sha256, a.Size)), all.Skip(2).Select(a => (a.Name, a.Location, a.Sha256, a.Size)));
    }

    public async Task DisposeAsync() => await _adapter.DisposeAsync();
}
