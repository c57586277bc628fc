using Orchestrator.Benchmarks;

// What each pipeline step costs against the floor the broker and the database impose on this machine, measured in one
// session with the parts interleaved round by round. Run through ./bench.sh, which starts the stack and the orchestrator.
var broker = new Uri(Setting("ORCH_BENCH_RABBITMQ"));
var database = Setting("ORCH_BENCH_POSTGRES");
var artifacts = Setting("ORCH_BENCH_ARTIFACTS");
var orchestratorPid = int.Parse(Setting("ORCH_BENCH_ORCHESTRATOR_PID"));
var rounds = int.Parse(Environment.GetEnvironmentVariable("ORCH_BENCH_ROUNDS") ?? "3");
var perRound = int.Parse(Environment.GetEnvironmentVariable("ORCH_BENCH_OPERATIONS") ?? "200");
var concurrencies = new[] { 1, int.Parse(Environment.GetEnvironmentVariable("ORCH_BENCH_CONCURRENCY") ?? "16") };
var output = Environment.GetEnvironmentVariable("ORCH_BENCH_OUTPUT") ?? Path.Combine("bench", "results");

await using var rabbit = await RawRabbitMq.StartAsync(broker, concurrencies.Max());
await using var postgres = await RawPostgres.StartAsync(database, concurrencies.Max());
await using var bench = await BenchBus.StartAsync(broker, Uri.UnescapeDataString(broker.UserInfo.Split(':')[0]));
var hop = await MassTransitHop.StartAsync(bench);
var step = new OrchestrationStep(bench, artifacts);

var parts = new (string Name, Func<int, Task<double>> Operation, int Share)[]
{
    ("raw RabbitMQ round trip", Workers.Timed(rabbit.RoundTripAsync), 1),
    ("raw PostgreSQL commit", Workers.Timed(postgres.CommitAsync), 1),
    ("MassTransit hop", Workers.Timed(hop.RoundTripAsync), 1),
    ("orchestration step", step.StepAsync, 2), // half as many: each also starts and stops a run
};
var samples = parts.SelectMany(p => concurrencies.Select(c => new Samples(p.Name, c))).ToList();
Samples Of(string part, int concurrency) => samples.Single(s => s.Part == part && s.Concurrency == concurrency);

Console.WriteLine($"warming up, then {rounds} rounds of {perRound} operations per part at concurrency {string.Join(" and ", concurrencies)}");
foreach (var (name, operation, share) in parts)
    await Workers.RunAsync(new Samples(name, 4), 40 / share, operation);
var cpuBefore = ProcessStats.CpuSeconds(orchestratorPid);
for (var round = 1; round <= rounds; round++)
{
    foreach (var concurrency in concurrencies)
        foreach (var (name, operation, share) in parts)
            await Workers.RunAsync(Of(name, concurrency), perRound / share, operation);
    Console.WriteLine($"round {round} of {rounds} done");
}
var steps = concurrencies.Sum(c => Of("orchestration step", c).Count);
var cpuPerThousandSteps = (ProcessStats.CpuSeconds(orchestratorPid) - cpuBefore) / steps * 1000; // includes each run's start and stop

var figures = new Dictionary<string, double>();
foreach (var c in concurrencies)
{
    var raw = Of("raw RabbitMQ round trip", c);
    var commit = Of("raw PostgreSQL commit", c);
    var floor = 2 * raw.Percentile(50) + commit.Percentile(50);
    figures[$"floor p50 (2 broker hops + 1 commit), concurrency {c}, ms"] = floor;
    figures[$"step p50 / floor p50, concurrency {c}"] = Of("orchestration step", c).Percentile(50) / floor;
    figures[$"MassTransit p50 / raw RabbitMQ p50, concurrency {c}"] = Of("MassTransit hop", c).Percentile(50) / raw.Percentile(50);
    figures[$"step throughput / min(raw PostgreSQL, raw RabbitMQ) throughput, concurrency {c}"] =
        Of("orchestration step", c).Throughput / Math.Min(commit.Throughput, raw.Throughput);
}
figures["orchestrator CPU seconds per 1000 steps (with run start and stop)"] = cpuPerThousandSteps;
figures["orchestrator peak memory, MiB"] = ProcessStats.PeakMemoryMiB(orchestratorPid);

var machine = $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
var (markdown, json) = Report.Write(samples, figures, machine);
Directory.CreateDirectory(output);
await File.WriteAllTextAsync(Path.Combine(output, "latest.md"), markdown);
await File.WriteAllTextAsync(Path.Combine(output, "latest.json"), json);
Console.WriteLine();
Console.WriteLine(markdown);
return 0;

static string Setting(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
    ? value
    : throw new InvalidOperationException($"{name} is not set: run the benchmark through ./bench.sh");
