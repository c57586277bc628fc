using Orchestrator.Contracts;
using Xunit;

namespace Orchestrator.RoleAdapter.Tests;

public sealed class When_a_task_is_for_another_role : IAsyncLifetime
{
    private AdapterHarness _adapter = null!;

    public async Task InitializeAsync() => _adapter = await AdapterHarness.StartAsync("qa_ai");

    [Fact]
    public async Task Should_consume_it_and_publish_nothing()
    {
        var task = Tasks.For("planning_ai", ["technical_plan.md"]);

        await _adapter.SendAsync(task);

        Assert.True(await _adapter.ConsumedAsync(task.TaskId));
        Assert.Empty(_adapter.Published<ArtifactReady>(task.TaskId));
        Assert.Empty(_adapter.Published<RoleTaskCompleted>(task.TaskId));
        Assert.Empty(_adapter.Published<RoleTaskFailed>(task.TaskId));
        Assert.False(Directory.Exists(_adapter.Store.RunDirectory(task.RunId)));
    }

    [Fact]
    public async Task Should_not_receive_a_task_that_is_published_instead_of_sent()
    {
        var task = Tasks.For("qa_ai", ["test_results.json"]);

        await _adapter.Harness.Bus.Publish(task);

        Assert.False(await _adapter.ConsumedAsync(task.TaskId));
    }

    public async Task DisposeAsync() => await _adapter.DisposeAsync();
}
