using Npgsql;

namespace Orchestrator.Benchmarks;

/// <summary>The database's floor: one single-row UPDATE committed (autocommit), one row per worker.</summary>
internal sealed class RawPostgres(NpgsqlDataSource source, string table) : IAsyncDisposable
{
    public static async Task<RawPostgres> StartAsync(string connectionString, int rows)
    {
        var source = NpgsqlDataSource.Create(connectionString);
        var table = "bench_floor_" + Guid.NewGuid().ToString("N")[..8];
        await using var command = source.CreateCommand(
            $"CREATE TABLE {table} (id int PRIMARY KEY, n bigint NOT NULL); INSERT INTO {table} SELECT g, 0 FROM generate_series(0, {rows - 1}) g");
        await command.ExecuteNonQueryAsync();
        return new RawPostgres(source, table);
    }

    public async Task CommitAsync(int worker)
    {
        await using var command = source.CreateCommand($"UPDATE {table} SET n = n + 1 WHERE id = $1");
        command.Parameters.AddWithValue(worker);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await using (var command = source.CreateCommand($"DROP TABLE {table}"))
            await command.ExecuteNonQueryAsync();
        await source.DisposeAsync();
    }
}
