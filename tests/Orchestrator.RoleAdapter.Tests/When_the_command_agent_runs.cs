using Orchestrator.Contracts;
using Xunit;

namespace Orchestrator.RoleAdapter.Tests;

public sealed class When_the_command_agent_runs : IDisposable
{
    private readonly string _scripts = Directory.CreateTempSubdirectory("role-adapter-scripts-").FullName;

    [Fact]
    public async Task Should_hand_over_the_task_and_publish_the_outputs_it_wrote()
    {
        await using var adapter = await AdapterHarness.StartAsync("qa_ai", CommandScripts.Settings(_scripts, """
            test -f "$ORCH_TASK_JSON"
            grep -q "\"taskId\": \"$ORCH_TASK_ID\"" "$ORCH_TASK_JSON"
            test -d "$ORCH_INPUT_DIR"
            printf '%s|%s|%s|%s|%s' "$ORCH_RUN_ID" "$ORCH_ROLE" "$ORCH_ATTEMPT" "$ORCH_EXPECTED_OUTPUTS" "$(basename "$ORCH_INPUT_DIR")" \
              > "$ORCH_OUTPUT_DIR/test_results.json"
            echo coverage 91% > "$ORCH_OUTPUT_DIR/coverage.txt"
            echo '{"test_results.json": {"status": "PASS"}}' > "$ORCH_OUTPUT_DIR/.attributes.json"
            """));
        var task = Tasks.For("qa_ai", ["test_results.json", "coverage.txt"], attempt: 2);

        await adapter.SendAsync(task);

        Assert.True(await adapter.Harness.Published.Any<RoleTaskCompleted>(m => m.Context.Message.TaskId == task.TaskId));
        Assert.Empty(adapter.Published<RoleTaskFailed>(task.TaskId));
        var ready = adapter.Published<ArtifactReady>(task.TaskId);
        Assert.Equal(["test_results.json", "coverage.txt"], ready.Select(r => r.Name));
        var results = await adapter.Store.ReadAllBytesAsync(ready[0].Location);
        Assert.Equal($"{task.RunId}|qa_ai|2|test_results.json,coverage.txt|{task.RunId:N}", System.Text.Encoding.UTF8.GetString(results));
        Assert.Equal("PASS", ready[0].Attributes!["status"]);
        Assert.Empty(ready[1].Attributes!);
    }

    [Fact]
    public async Task Should_fail_with_the_exit_code_and_the_last_20_lines_of_output()
    {
        var settings = CommandScripts.Settings(_scripts, """
            for i in $(seq -w 1 25); do echo "out-$i"; done
            exit 3
            """);
        await using var adapter = await AdapterHarness.StartAsync("qa_ai", settings);
        var task = Tasks.For("qa_ai", ["test_results.json"]);

        await adapter.SendAsync(task);

        Assert.True(await adapter.Harness.Published.Any<RoleTaskFailed>(m => m.Context.Message.TaskId == task.TaskId));
        var lines = string.Join('\n', Enumerable.Range(6, 20).Select(i => $"out-{i:00}"));
        Assert.Equal(
            $"command '/bin/bash {settings["RoleAdapter:Arguments:0"]}' exited with code 3. Last 20 line(s) of its output:\n{lines}",
            Assert.Single(adapter.Published<RoleTaskFailed>(task.TaskId)).Reason);
        Assert.Empty(adapter.Published<ArtifactReady>(task.TaskId));
        Assert.Empty(adapter.Published<RoleTaskCompleted>(task.TaskId));
    }

    [Fact]
    public async Task Should_fail_when_a_declared_output_is_missing()
    {
        await using var adapter = await AdapterHarness.StartAsync("qa_ai", CommandScripts.Settings(_scripts, """
            echo "no tests found" >&2
            """));
        var task = Tasks.For("qa_ai", ["test_results.json"]);

        await adapter.SendAsync(task);

        Assert.True(await adapter.ConsumedAsync(task.TaskId));
        Assert.Equal(
            "the program exited with code 0 but did not write test_results.json into ORCH_OUTPUT_DIR. Last 1 line(s) of its output:\nno tests found",
            Assert.Single(adapter.Published<RoleTaskFailed>(task.TaskId)).Reason);
    }

    [Fact]
    public async Task Should_kill_the_process_tree_and_fail_when_it_times_out()
    {
        var pidFile = Path.Combine(_scripts, "child.pid");
        var settings = CommandScripts.Settings(_scripts, $"""
            sleep 60 &
            echo $! > "{pidFile}"
            echo "waiting for the child"
            wait
            """, timeoutSeconds: 1);
        await using var adapter = await AdapterHarness.StartAsync("qa_ai", settings);
        var task = Tasks.For("qa_ai", ["test_results.json"]);

        await adapter.SendAsync(task);

        Assert.True(await adapter.Harness.Published.Any<RoleTaskFailed>(m => m.Context.Message.TaskId == task.TaskId));
        Assert.Equal(
            $"command '/bin/bash {settings["RoleAdapter:Arguments:0"]}' timed out after 1 s; its process tree was killed. "
            + "Last 1 line(s) of its output:\nwaiting for the child",
            Assert.Single(adapter.Published<RoleTaskFailed>(task.TaskId)).Reason);
        var child = int.Parse(await File.ReadAllTextAsync(pidFile), System.Globalization.CultureInfo.InvariantCulture);
        await Eventually.TrueAsync(() => !IsRunning(child), TimeSpan.FromSeconds(10), $"the child process {child} to end");
    }

    /// <summary>A killed child may linger as a zombie until something reaps it; that still counts as ended.</summary>
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
            return false;
        var text = File.ReadAllText(stat);
        var state = text[(text.LastIndexOf(')') + 2)..][0];
        return state is not ('Z' or 'X');
    }

    public void Dispose() => Directory.Delete(_scripts, recursive: true);
}
