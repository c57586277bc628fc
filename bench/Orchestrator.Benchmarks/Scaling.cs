using Npgsql;
using Orchestrator.Contracts;

namespace Orchestrator.Benchmarks;

/// <summary>
/// The scaling curve: the same step measured with more and more runs in flight (started, their first task out and
/// unanswered), then with more and more saga rows in the table (finished runs, inserted directly).
/// </summary>
internal sealed class Scaling(BenchBus bench, OrchestrationStep step, NpgsqlDataSource database)
{
    int parked;

    public int RunsInFlight => parked;

    /// <summary>Starts runs until <paramref name="total"/> are in flight, 50 at a time.</summary>
    public async Task ParkAsync(int total)
    {
        while (parked < total)
        {
            var batch = Math.Min(50, total - parked);
            await Task.WhenAll(Enumerable.Range(0, batch).Select(async _ =>
            {
                var task = await OrchestrationStep.StartRunAsync(bench);
                bench.Waiters.Forget(task.RunId);
            }));
            parked += batch;
        }
    }

    public async Task<long> RowsAsync()
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM runs");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Adds copies of a stopped run (new ids, empty progress) until the table holds <paramref name="total"/> rows.</summary>
    public async Task FillAsync(long total)
    {
        var missing = total - await RowsAsync();
        if (missing <= 0)
            return;
        var columns = new List<string>();
        await using (var command = database.CreateCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'runs' AND table_schema = current_schema() ORDER BY ordinal_position"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                columns.Add(reader.GetString(0));
        var values = columns.Select(c => c switch
        {
            "run_id" => "gen_random_uuid()",
            "progress" => "'{}'::jsonb",
            _ => $"\"{c}\"",
        });
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        await using var insert = database.CreateCommand(
            $"INSERT INTO runs ({list}) SELECT {string.Join(", ", values)} FROM generate_series(1, $1), " +
            "(SELECT * FROM runs WHERE current_state = 'Stopped' LIMIT 1) AS template");
        insert.Parameters.AddWithValue(missing);
        insert.CommandTimeout = 600;
        await insert.ExecuteNonQueryAsync();
        await using var analyze = database.CreateCommand("ANALYZE runs");
        await analyze.ExecuteNonQueryAsync();
    }

    public async Task<Samples> MeasureAsync(string part, int operations)
    {
        var samples = new Samples(part, 1, step.MessagesPerOperation);
        await Workers.RunAsync(samples, operations, step.StepAsync);
        return samples;
    }

    /// <summary>Stops the parked runs, so whole runs later share the orchestrator with nothing else.</summary>
    public async Task StopParkedAsync()
    {
        await using var command = database.CreateCommand("SELECT run_id FROM runs WHERE current_state = 'Running'");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            await bench.Bus.Publish(new StopPipeline(reader.GetGuid(0), "benchmark scaling measured", "benchmark"));
        parked = 0;
    }
}
