using System.Text.Json;
using Orchestrator.Contracts;
using Orchestrator.IntegrationTests.Infrastructure;

namespace Orchestrator.IntegrationTests.Cli;

/// <summary>Every orchestratorctl command as a process against the whole running system.</summary>
/// <remarks>One system serves every test here; each test makes runs of its own.</remarks>
[Collection(StackCollection.Name)]
public sealed class When_operators_use_orchestratorctl(WholeSystemFixture system) : IClassFixture<WholeSystemFixture>
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    readonly TestEnvironment environment = system.Environment;
    readonly TestBus bus = system.Bus;
    readonly Orchestratorctl ctl = new(system.Environment, system.System.Orchestrator.Port);

    async Task<CliResult> Expect(int exitCode, params string[] args)
    {
        var result = await ctl.RunAsync(args);
        Assert.True(result.ExitCode == exitCode, $"orchestratorctl {string.Join(' ', args)}: expected exit {exitCode}, got {result}");
        return result;
    }

    /// <summary>A run whose codegen_ai never answers: it stays running in DEVELOPMENT (the shipped deadline is hours).</summary>
    async Task<string> StartHangingRun()
    {
        var runId = (await Expect(0, "run", "--param", "fault.codegen_ai=hang")).Output;
        await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == Guid.Parse(runId) && m.Snapshot.State == "DEVELOPMENT");
        return runId;
    }

    [Fact]
    public async Task Should_run_a_pipeline_to_completion_and_show_it_as_text_and_json()
    {
        var run = await Expect(0, "run", "--watch", "--param", "brief=a to-do app");

        var lines = run.Output.Split('\n');
        var runId = Guid.Parse(lines[0]);
        Assert.Contains("MONITORING  completed", lines[^1]);
        Assert.Contains("status      completed", (await Expect(0, "status", runId.ToString())).Output);
        var snapshot = JsonSerializer.Deserialize<RunSnapshot>((await Expect(0, "status", runId.ToString(), "--json")).Output, Json)!;
        Assert.Equal((runId, "completed"), (snapshot.RunId, snapshot.Status));
        Assert.Contains("completed", (await Expect(0, "watch", runId.ToString())).Output);
        Assert.Equal("ResumePipeline refused: the run is completed; it has ended; start a new run",
            (await Expect(1, "resume", runId.ToString())).Error.Replace("orchestratorctl: ", ""));
    }

    [Fact]
    public async Task Should_pause_and_resume_a_run_and_refuse_what_its_status_rules_out()
    {
        var runId = await StartHangingRun();

        Assert.StartsWith($"run {runId}: paused (workflow state DEVELOPMENT", (await Expect(0, "pause", runId)).Output);
        Assert.Contains("only a running run can be paused", (await Expect(1, "pause", runId)).Error);
        Assert.StartsWith($"run {runId}: running (workflow state DEVELOPMENT", (await Expect(0, "resume", runId)).Output);
        Assert.Contains("ResumePipeline refused: the run is running; it is running already", (await Expect(1, "resume", runId)).Error);
    }

    [Fact]
    public async Task Should_halt_and_stop_a_run_with_a_reason_and_end_a_watch_of_it_with_exit_code_1()
    {
        var runId = await StartHangingRun();

        Assert.StartsWith($"run {runId}: halted", (await Expect(0, "halt", runId, "--reason", "disk almost full")).Output);
        Assert.Contains("last error  halted by", (await Expect(0, "status", runId)).Output);
        Assert.Contains("it is halted already", (await Expect(1, "halt", runId, "--reason", "again")).Error);
        Assert.StartsWith($"run {runId}: stopped", (await Expect(0, "stop", runId, "--reason", "abandoned")).Output);
        Assert.Contains("stopped", (await Expect(1, "watch", runId)).Output);
    }

    [Fact]
    public async Task Should_redraw_a_watched_run_in_place_on_a_terminal_until_it_halts()
    {
        var runId = await StartHangingRun();
        await using var terminal = ctl.StartInTerminal("watch", runId);
        await terminal.WaitForOutput("state      DEVELOPMENT");

        await Expect(0, "halt", runId, "--reason", "watched from a terminal");

        Assert.Equal(1, await terminal.WaitForExitAsync());
        var screen = terminal.Output;
        var frames = screen.Split("\u001b[2K" + $"run        {runId}");
        Assert.True(frames.Length > 2, $"expected at least two frames drawn:\n{screen}");
        Assert.Matches(@"\u001b\[\d+F", screen); // back to the first line of the previous frame
        Assert.Contains("RUNNING", frames[1]);
        Assert.Contains("HALTED", frames[^1]);
        Assert.Contains("last error halted by", frames[^1]);
        Assert.DoesNotContain("RUNNING", frames[^1]);
    }

    [Fact]
    public async Task Should_print_one_json_snapshot_per_change_for_scripts()
    {
        var run = await Expect(0, "run", "--watch", "--json");

        var lines = run.Output.Split('\n');
        var snapshots = lines.Skip(1).Select(line => JsonSerializer.Deserialize<RunSnapshot>(line, Json)!).ToList();
        Assert.Equal(Guid.Parse(lines[0]), Assert.Single(snapshots.Select(s => s.RunId).Distinct()));
        Assert.Equal("completed", snapshots[^1].Status);
        Assert.Equal(snapshots.Select(s => s.Version).Order(), snapshots.Select(s => s.Version));
    }

    [Fact]
    public async Task Should_answer_1_for_a_run_that_does_not_exist()
    {
        var unknown = Guid.NewGuid().ToString();

        Assert.Contains($"PausePipeline refused: there is no run {unknown}", (await Expect(1, "pause", unknown)).Error);
        Assert.Contains($"no run {unknown}", (await Expect(1, "status", unknown)).Error);
    }

    [Fact]
    public async Task Should_list_every_run_newest_first_as_a_table_and_as_json()
    {
        var older = await StartHangingRun();
        var newer = await StartHangingRun();

        var table = (await Expect(0, "status")).Output.Split('\n');
        var page = JsonDocument.Parse((await Expect(0, "status", "--limit", "1", "--json")).Output).RootElement;

        Assert.StartsWith("RUN ID", table[0]);
        var rows = table.Skip(1).Select(line => line.Split(' ')[0]).ToList();
        Assert.True(rows.IndexOf(newer) >= 0 && rows.IndexOf(newer) < rows.IndexOf(older), string.Join('\n', table));
        Assert.Contains($"{newer}  running    DEVELOPMENT", table[1]);
        Assert.Equal(newer, page.GetProperty("runs")[0].GetProperty("runId").GetString());
        Assert.True(page.GetProperty("total").GetInt32() >= 2);
    }

    [Fact]
    public async Task Should_re_publish_every_run_for_a_state_rebuild()
    {
        var runId = Guid.Parse(await StartHangingRun());
        await bus.Bus.Publish(new StopPipeline(runId, "settled for the test", "integration-test"));
        // A stopped run ignores whatever else arrives, so this snapshot stays its latest.
        var stopped = await bus.WaitFor<WorkflowStateChanged>(m => m.RunId == runId && m.Snapshot.Status == "stopped");
        int Copies() => bus.Received<WorkflowStateChanged>().Count(m => m.RunId == runId && m.Snapshot.Version == stopped.Snapshot.Version);
        var before = Copies();

        var rebuild = await Expect(0, "state", "rebuild");

        Assert.Matches(@"^re-published \d+ run snapshot\(s\) from PostgreSQL", rebuild.Output);
        await Eventually.True(() => Task.FromResult(Copies() > before), TimeSpan.FromSeconds(30), "the run's snapshot to be published again");
    }

    [Fact]
    public async Task Should_answer_2_for_usage_and_connection_errors()
    {
        var runId = Guid.NewGuid().ToString();

        Assert.Contains("halt needs a reason", (await Expect(2, "halt", runId)).Error);
        Assert.Contains("a RUN_ID is required", (await Expect(2, "stop", "--reason", "x")).Error);
        Assert.Contains("'not-a-run' is not a run id", (await Expect(2, "pause", "not-a-run")).Error);
        Assert.Contains("unknown option '--force'", (await Expect(2, "resume", runId, "--force")).Error);
        Assert.Contains("unknown command 'frobnicate'", (await Expect(2, "frobnicate")).Error);
        Assert.Contains("usage: orchestratorctl state rebuild", (await Expect(2, "state")).Error);
        var unreachable = await ctl.RunAsync(new Dictionary<string, string> { ["ORCH_API_URL"] = $"http://127.0.0.1:{FreePort.Next()}" }, "status");
        Assert.Equal(2, unreachable.ExitCode);
        Assert.Contains("cannot reach the orchestrator's API", unreachable.Error);
    }

    [Fact]
    public async Task Should_validate_the_shipped_definitions_and_list_the_problems_of_broken_ones()
    {
        var broken = Directory.CreateDirectory(Path.Combine(environment.Folder, "broken-gates")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "gates"), "*.yaml"))
            File.Copy(file, Path.Combine(broken, Path.GetFileName(file)));
        var pipeline = Path.Combine(broken, "pipeline.yaml");
        var lines = File.ReadAllLines(pipeline);
        var step = Array.IndexOf(lines, "      - role: qa_ai");
        lines[step] = "      - role: qa_robot";
        File.WriteAllLines(pipeline, lines);

        Assert.StartsWith("gates: valid (definition ", (await Expect(0, "validate")).Output);
        Assert.Contains($"pipeline.yaml:{step + 1}:15: unknown role 'qa_robot'", (await Expect(1, "validate", broken)).Error);
    }
}
