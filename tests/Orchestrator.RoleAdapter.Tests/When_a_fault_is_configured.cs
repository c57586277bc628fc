using System.Text.Json;
using Orchestrator.Contracts;
using Xunit;

namespace Orchestrator.RoleAdapter.Tests;

public sealed class When_a_fault_is_configured
{
    private static readonly string[] QaOutputs = ["test_results.json"];

    [Fact]
    public async Task Should_fail_every_attempt_with_fail()
    {
        await using var adapter = await AdapterHarness.StartAsync("qa_ai", new Dictionary<string, string?> { ["RoleAdapter:Faults:qa_ai"] = "fail" });
        var task = Tasks.For("qa_ai", QaOutputs, attempt: 4);

        await adapter.SendAsync(task);

        Assert.True(await adapter.Harness.Published.Any<RoleTaskFailed>(m => m.Context.Message.TaskId == task.TaskId));
        var failed = Assert.Single(adapter.Published<RoleTaskFailed>(task.TaskId));
        Assert.Equal((task.RunId, "qa_ai", 4), (failed.RunId, failed.Role, failed.Attempt));
        Assert.Equal("scripted fault 'fail': qa_ai fails every attempt (this was attempt 4)", failed.Reason);
        Assert.Empty(adapter.Published<ArtifactReady>(task.TaskId));
        Assert.Empty(adapter.Published<RoleTaskCompleted>(task.TaskId));
    }

    [Fact]
    public async Task Should_fail_the_first_two_attempts_and_pass_the_third_with_flake_2()
    {
        await using var adapter = await AdapterHarness.StartAsync("qa_ai", new Dictionary<string, string?> { ["RoleAdapter:Faults:qa_ai"] = "flake:2" });
        var runId = Guid.NewGuid();
        var attempts = Enumerable.Range(1, 3).Select(a => Tasks.For("qa_ai", QaOutputs, attempt: a, runId: runId)).ToList();

        foreach (var task in attempts)
        {
            await adapter.SendAsync(task);
            Assert.True(await adapter.ConsumedAsync(task.TaskId));
        }

        Assert.Equal("scripted fault 'flake:2': attempt 1 fails, attempt 3 will succeed", Assert.Single(adapter.Published<RoleTaskFailed>(attempts[0].TaskId)).Reason);
        Assert.Single(adapter.Published<RoleTaskFailed>(attempts[1].TaskId));
        Assert.Empty(adapter.Published<RoleTaskCompleted>(attempts[1].TaskId));
        Assert.Empty(adapter.Published<RoleTaskFailed>(attempts[2].TaskId));
        Assert.Equal(new RoleTaskCompleted(runId, attempts[2].TaskId, "qa_ai", 3), Assert.Single(adapter.Published<RoleTaskCompleted>(attempts[2].TaskId)));
        Assert.Equal("test_results.json", Assert.Single(adapter.Published<ArtifactReady>(attempts[2].TaskId)).Name);
    }

    [Fact]
    public async Task Should_take_the_fault_from_the_run_parameters()
    {
        await using var adapter = await AdapterHarness.StartAsync("qa_ai");
        var task = Tasks.For("qa_ai", QaOutputs, parameters: new Dictionary<string, string> { ["fault.qa_ai"] = "fail", ["fault.mlops_ai"] = "hang" });

        await adapter.SendAsync(task);

        Assert.True(await adapter.ConsumedAsync(task.TaskId));
        Assert.StartsWith("scripted fault 'fail'", Assert.Single(adapter.Published<RoleTaskFailed>(task.TaskId)).Reason);
    }

    [Fact]
    public async Task Should_let_the_run_parameter_switch_a_configured_fault_off()
    {
        await using var adapter = await AdapterHarness.StartAsync("qa_ai", new Dictionary<string, string?> { ["RoleAdapter:Faults:qa_ai"] = "fail" });
        var task = Tasks.For("qa_ai", QaOutputs, parameters: new Dictionary<string, string> { ["fault.qa_ai"] = "none" });

        await adapter.SendAsync(task);

        Assert.True(await adapter.ConsumedAsync(task.TaskId));
        Assert.Single(adapter.Published<RoleTaskCompleted>(task.TaskId));
    }

    [Fact]
    public async Task Should_fail_the_task_when_the_run_parameter_is_not_a_fault()
    {
        await using var adapter = await AdapterHarness.StartAsync("qa_ai");
        var task = Tasks.For("qa_ai", QaOutputs, parameters: new Dictionary<string, string> { ["fault.qa_ai"] = "explode" });

        await adapter.SendAsync(task);

        Assert.True(await adapter.ConsumedAsync(task.TaskId));
        var reason = Assert.Single(adapter.Published<RoleTaskFailed>(task.TaskId)).Reason;
        Assert.StartsWith("run parameter fault.qa_ai: 'explode' is not a fault; use one of: none, fail, flake:N", reason);
    }

    [Fact]
    public async Task Should_publish_test_results_with_failures_for_bad_artifact()
    {
        await using var adapter = await AdapterHarness.StartAsync("qa_ai", new Dictionary<string, string?> { ["RoleAdapter:Faults:qa_ai"] = "bad-artifact" });
        var task = Tasks.For("qa_ai", QaOutputs);

        await adapter.SendAsync(task);

        Assert.True(await adapter.ConsumedAsync(task.TaskId));
        var artifact = Assert.Single(adapter.Published<ArtifactReady>(task.TaskId));
        using var json = JsonDocument.Parse(await adapter.Store.ReadAllBytesAsync(artifact.Location));
        Assert.Equal("FAIL", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("failed").GetInt32());
        Assert.Single(adapter.Published<RoleTaskCompleted>(task.TaskId));
    }

    [Fact]
    public async Task Should_publish_nothing_until_the_deadline_with_hang()
    {
        await using var adapter = await AdapterHarness.StartAsync("qa_ai", new Dictionary<string, string?> { ["RoleAdapter:Faults:qa_ai"] = "hang" });
        var task = Tasks.For("qa_ai", QaOutputs, deadlineIn: TimeSpan.FromSeconds(1));

        await adapter.SendAsync(task);

        Assert.True(await adapter.ConsumedAsync(task.TaskId));
        Assert.True(DateTimeOffset.UtcNow >= task.Deadline);
        Assert.Empty(adapter.Published<ArtifactReady>(task.TaskId));
        Assert.Empty(adapter.Published<RoleTaskCompleted>(task.TaskId));
        Assert.Empty(adapter.Published<RoleTaskFailed>(task.TaskId));
    }
}
