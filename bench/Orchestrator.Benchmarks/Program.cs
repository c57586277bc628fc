using System.Diagnostics;
using Npgsql;
using Orchestrator.Benchmarks;

// What each pipeline step costs against the floor of the broker and the database on this machine, measured in one
// session: (1) the floor, the MassTransit hop and one orchestration step, interleaved round by round, at concurrency 1
// and N, with only the orchestrator running; (2) the step again with 1 to 1000 runs in flight and 10^3 to 10^6 saga
// rows; (3) whole runs of the default pipeline with every service running. Run through ./bench.sh.
var broker = new Uri(Setting("ORCH_BENCH_RABBITMQ"));
var database = Setting("ORCH_BENCH_POSTGRES");
var artifacts = Setting("ORCH_BENCH_ARTIFACTS");
var servicesScript = Setting("ORCH_BENCH_SERVICES_SCRIPT");
var servicesDir = Setting("ORCH_BENCH_SERVICES_DIR");
var rounds = Number("ORCH_BENCH_ROUNDS", 3);
var perRound = Number("ORCH_BENCH_OPERATIONS", 200);
var concurrencies = new[] { 1, Number("ORCH_BENCH_CONCURRENCY", 16) };
var maxRows = Number("ORCH_BENCH_MAX_ROWS", 1_000_000);
var warmUp = TimeSpan.FromSeconds(Number("ORCH_BENCH_WARMUP_SECONDS", 60));
var output = Environment.GetEnvironmentVariable("ORCH_BENCH_OUTPUT") ?? Path.Combine("bench", "results");
var username = Uri.UnescapeDataString(broker.UserInfo.Split(':')[0]);
var clock = Stopwatch.StartNew();
// The floor of a step done by hand, as one piece: two broker round trips with a commit between them.
const string RawStep = "raw step (2 round trips + 1 commit)";
void Progress(string what) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {what}");

var machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, " +
    $"{System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
var report = new Report(machine);
await using var dataSource = NpgsqlDataSource.Create(database);
var orchestratorPid = Pids(servicesDir)["orchestrator"];
// Whose CPU a saga message costs: the processes of the step, each with its children (PostgreSQL's backends).
var stepProcesses = new (string Name, Func<double> Cpu)[]
{
    ("orchestrator", () => ProcessStats.CpuSeconds(orchestratorPid)),
    ("RabbitMQ", () => ProcessStats.TreeCpuSeconds(ProcessStats.PidFromFile(Setting("ORCH_BENCH_RABBITMQ_PID_FILE")))),
    ("PostgreSQL", () => ProcessStats.TreeCpuSeconds(ProcessStats.PidFromFile(Setting("ORCH_BENCH_POSTGRES_PID_FILE")))),
    ("benchmark client (plays the agents)", () => ProcessStats.CpuSeconds(Environment.ProcessId)),
};

if (Number("ORCH_BENCH_PROFILE_SECONDS", 0) is > 0 and var profileSeconds)
{
    // For profiling: only steps at concurrency N, with each process's CPU per saga message every 10 s.
    await using var bench = await BenchBus.StartAsync(broker, username, playRoles: true);
    var step = await OrchestrationStep.StartAsync(bench, artifacts);
    for (var window = 0; window < profileSeconds / 10; window++)
    {
        var samples = new Samples("orchestration step", concurrencies.Max(), step.MessagesPerOperation);
        var before = stepProcesses.Select(p => p.Cpu()).ToArray();
        await Workers.RunForAsync(samples, TimeSpan.FromSeconds(10), step.StepAsync);
        var perMessage = stepProcesses.Select((p, i) => $"{p.Name.Split(' ')[0]} {Report.F((p.Cpu() - before[i]) / (samples.Count * step.MessagesPerOperation) * 1000)}");
        Progress($"p50 {Report.F(samples.Percentile(50))} ms, {Report.F(samples.Throughput)} messages/s, " +
            $"CPU ms per message: {string.Join(", ", perMessage)}");
    }
    return 0;
}

// (1) Floor, hop and step, interleaved.
await using (var rabbit = await RawRabbitMq.StartAsync(broker, concurrencies.Max()))
await using (var postgres = await RawPostgres.StartAsync(database, concurrencies.Max()))
await using (var rawStep = await RawRabbitMq.StartAsync(broker, concurrencies.Max(), relay: postgres.CommitAsync))
await using (var bench = await BenchBus.StartAsync(broker, username, playRoles: true))
{
    var hop = await MassTransitHop.StartAsync(bench);
    var step = await OrchestrationStep.StartAsync(bench, artifacts);
    var parts = new (string Name, Func<int, Task<double>> Operation, int Work)[]
    {
        ("raw RabbitMQ round trip", Workers.Timed(rabbit.RoundTripAsync), 1),
        ("raw PostgreSQL commit", Workers.Timed(postgres.CommitAsync), 1),
        (RawStep, Workers.Timed(rawStep.RoundTripAsync), 1),
        ("MassTransit hop", Workers.Timed(hop.RoundTripAsync), 1),
        ("orchestration step", step.StepAsync, step.MessagesPerOperation),
    };
    var samples = parts.SelectMany(p => concurrencies.Select(c => new Samples(p.Name, c, p.Work))).ToList();
    Samples Of(string part, int concurrency) => samples.Single(s => s.Part == part && s.Concurrency == concurrency);

    // A fresh .NET process spends its first minute under load compiling and re-compiling hot code (tiered JIT with
    // PGO): measured then, the orchestrator's CPU per message was up to four times its steady-state cost. So the step
    // is warmed for a minute at concurrency N before anything is measured, the cheap parts for a few seconds.
    Progress($"floor, MassTransit hop and orchestration step: warm-up ({warmUp.TotalSeconds:0} s for the step), then {rounds} rounds of {perRound} operations per part at concurrency {string.Join(" and ", concurrencies)}");
    foreach (var (name, operation, work) in parts)
        await Workers.RunForAsync(new Samples(name, concurrencies.Max(), work), name == "orchestration step" ? warmUp : TimeSpan.FromSeconds(5), operation);
    // CPU seconds each process spent while the step ran, by concurrency.
    var stepCpu = concurrencies.ToDictionary(c => c, _ => new double[stepProcesses.Length]);
    for (var round = 1; round <= rounds; round++)
    {
        foreach (var concurrency in concurrencies)
            foreach (var (name, operation, _) in parts)
            {
                var before = stepProcesses.Select(p => p.Cpu()).ToArray();
                await Workers.RunAsync(Of(name, concurrency), perRound, operation);
                if (name == "orchestration step")
                    for (var i = 0; i < stepProcesses.Length; i++)
                        stepCpu[concurrency][i] += stepProcesses[i].Cpu() - before[i];
            }
        Progress($"round {round} of {rounds} done");
    }
    double CpuPerMessage(int concurrency, int process) =>
        stepCpu[concurrency][process] / (Of("orchestration step", concurrency).Count * step.MessagesPerOperation) * 1000;
    var cpuPerMessage = CpuPerMessage(concurrencies.Max(), 0);

    report.Latencies("Floor, MassTransit and one orchestration step",
        $"A step is product_owner_ai's RoleTaskCompleted published → planning_ai's ExecuteRoleTask received. Its throughput " +
        $"counts the messages the saga applied per second ({step.MessagesPerOperation} per operation: start, artifacts, completion, stop).",
        samples);
    var ratios = new List<object[]>();
    foreach (var c in concurrencies)
    {
        var raw = Of("raw RabbitMQ round trip", c);
        var commit = Of("raw PostgreSQL commit", c);
        var stepSamples = Of("orchestration step", c);
        var floor = 2 * raw.Percentile(50) + commit.Percentile(50);
        var byHand = Of(RawStep, c);
        ratios.Add([c, floor, stepSamples.Percentile(50) / floor, Of("MassTransit hop", c).Percentile(50) / raw.Percentile(50),
            stepSamples.Throughput / Math.Min(commit.Throughput, raw.Throughput),
            byHand.Throughput / Math.Min(commit.Throughput, raw.Throughput),
            stepSamples.Percentile(50) / byHand.Percentile(50), stepSamples.Throughput / byHand.Throughput]);
    }
    report.Table("Ratios", $"Floor = 2 raw broker round trips + 1 raw commit (p50). The raw step does the same work in one piece, by hand: " +
        "a confirmed publish, a consumer that commits, forwards the message (confirmed) and acks, the forwarded message consumed: " +
        "its throughput against the raw parts' is what a step that commits each message on its own, doing nothing else, reaches on this machine. " +
        $"Orchestrator CPU per saga message at concurrency {concurrencies.Max()}: {Report.F(cpuPerMessage)} ms.",
        ["concurrency", "floor p50 ms", "step p50 ÷ floor p50", "MassTransit p50 ÷ raw RabbitMQ p50", "step throughput ÷ min(raw PostgreSQL, raw RabbitMQ) throughput",
            "raw step throughput ÷ min(raw PostgreSQL, raw RabbitMQ) throughput",
            "step p50 ÷ raw step p50", "step throughput ÷ raw step throughput"],
        ratios);
    var cores = Environment.ProcessorCount;
    var others = Enumerable.Range(1, stepProcesses.Length - 1).ToArray();
    var cpuRows = stepProcesses.Select((p, i) => (Name: p.Name, Processes: new[] { i }))
        .Append((Name: "all but the orchestrator", Processes: others))
        .Append((Name: "all", Processes: [0, .. others]));
    report.Table("Where a saga message's CPU goes",
        $"CPU milliseconds per saga message, by process, while the step ran. \"Allows\" is {cores} cores ÷ that CPU at " +
        $"concurrency {concurrencies.Max()}: the most saga messages per second the machine could carry for it if nothing else ran. " +
        "The row without the orchestrator is what the broker, the database and the agents alone allow.",
        ["process", .. concurrencies.Select(c => $"ms per message, concurrency {c}"), "allows messages/s"],
        cpuRows.Select(row => new object[] { row.Name }
            .Concat(concurrencies.Select(c => (object)row.Processes.Sum(i => CpuPerMessage(c, i))))
            .Append(cores * 1000 / row.Processes.Sum(i => CpuPerMessage(concurrencies.Max(), i)))
            .ToArray()));

    // (2) The scaling curve.
    var scaling = new Scaling(bench, step, dataSource);
    var curve = new List<object[]>();
    async Task Measure()
    {
        var s = await scaling.MeasureAsync("step", 60);
        curve.Add([scaling.RunsInFlight, await scaling.RowsAsync(), s.Percentile(50), s.Percentile(95), s.Percentile(99)]);
        Progress($"step with {scaling.RunsInFlight} runs in flight and {curve[^1][1]} saga rows: p50 {Report.F(s.Percentile(50))} ms");
    }
    foreach (var inFlight in new[] { 1, 10, 100, 1000 })
    {
        await scaling.ParkAsync(inFlight);
        await Measure();
    }
    for (long rows = 10_000; rows <= maxRows; rows *= 10)
    {
        await scaling.FillAsync(rows);
        await Measure();
    }
    report.Table("Scaling: one step at concurrency 1 with more runs in flight and more saga rows",
        "Runs in flight have started and wait for their first task; extra rows are finished runs.",
        ["runs in flight", "saga rows", "p50 ms", "p95 ms", "p99 ms"], curve);
    await scaling.StopParkedAsync();
}

// (3) Whole runs, every service running.
Progress("starting the gate service, the state writer and the scripted role adapters");
Run(servicesScript, ["start", "gates", "state-writer", .. BenchBus.AllRoles.Select(r => "role-" + r)]);
await using (var bench = await BenchBus.StartAsync(broker, username, playRoles: false))
{
    var services = Pids(servicesDir);
    var whole = new WholeRuns(bench, dataSource, services);
    // Warm-up: the services were just started, and a fresh .NET process compiles its hot code during its first few
    // hundred messages (measured without this, a run alone took 1.2 to 4.2 s, with single hops of up to 0.9 s).
    await whole.RunAsync(10, batches: 2);
    await whole.RunAsync(100);
    var batches = new List<RunBatch>();
    foreach (var (atOnce, times) in new[] { (1, 5), (10, 1), (100, 1) })
    {
        batches.Add(await whole.RunAsync(atOnce, times));
        Progress($"{batches[^1].Runs} whole runs, {atOnce} at once: {Report.F(batches[^1].StepsPerSecond)} steps/s");
    }
    report.Table("Whole runs of the default pipeline (scripted agents, every service running)",
        "A step is a change the saga applied to a run (its version). Run p50: from the batch's start to the run's completion.",
        ["runs at once", "runs", "steps", "wall s", "steps/s", "run p50 s"],
        batches.Select(b => new object[] { b.RunsAtOnce, b.Runs, b.Steps, b.Wall.TotalSeconds, b.StepsPerSecond, b.RunP50Ms / 1000 }));
    var load = batches[^1];
    var memory = whole.PeakMemoryMiB();
    report.Table($"Cost per service ({load.Runs} runs at once)",
        "CPU seconds per 1000 steps while the batch ran; peak resident memory since the service started.",
        ["service", "CPU s per 1000 steps", "peak memory MiB"],
        Group(load.CpuSeconds, Enumerable.Sum).Select(c => new object[] { c.Key, c.Value / load.Steps * 1000, Group(memory, Enumerable.Max)[c.Key] }));
}

Directory.CreateDirectory(output);
await File.WriteAllTextAsync(Path.Combine(output, "latest.md"), report.Markdown());
await File.WriteAllTextAsync(Path.Combine(output, "latest.json"), report.Json());
Progress("done");
Console.WriteLine();
Console.WriteLine(report.Markdown());
return 0;

static string Setting(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
    ? value
    : throw new InvalidOperationException($"{name} is not set: run the benchmark through ./bench.sh");

static int Number(string name, int fallback) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? int.Parse(value) : fallback;

// The services started by infra/local/services.sh, by name (role adapters as role-<role>), from their pid files.
static Dictionary<string, int> Pids(string dir) => Directory.GetFiles(dir, "*.pid")
    .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => int.Parse(File.ReadAllText(f).Trim()));

// The ten role adapters as one line: their CPU summed, the largest peak memory of any of them.
static Dictionary<string, double> Group(IReadOnlyDictionary<string, double> perProcess, Func<IEnumerable<double>, double> combine) => perProcess
    .GroupBy(p => p.Key.StartsWith("role-", StringComparison.Ordinal) ? "role adapters (10: CPU summed, memory of the largest)" : p.Key)
    .ToDictionary(g => g.Key, g => combine(g.Select(p => p.Value)));

static void Run(string script, string[] arguments)
{
    using var process = Process.Start(new ProcessStartInfo("bash", [script, .. arguments]))!;
    process.WaitForExit();
    if (process.ExitCode != 0)
        throw new InvalidOperationException($"{script} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}");
}
