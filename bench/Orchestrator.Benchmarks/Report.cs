using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Orchestrator.Benchmarks;

/// <summary>The results, collected as titled tables, written as markdown and as JSON (the same rows, by column).</summary>
internal sealed class Report(string machine)
{
    readonly List<(string Title, string Note, string[] Columns, List<object[]> Rows)> tables = [];

    public static string F(double value) => double.IsNaN(value)
        ? "-"
        : value.ToString(Math.Abs(value) >= 100 ? "0" : Math.Abs(value) >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    public void Table(string title, string note, string[] columns, IEnumerable<object[]> rows) =>
        tables.Add((title, note, columns, rows.ToList()));

    public void Latencies(string title, string note, IEnumerable<Samples> samples) => Table(title, note,
        ["part", "concurrency", "n", "p50 ms", "p95 ms", "p99 ms", "throughput/s"],
        samples.Select(s => new object[] { s.Part, s.Concurrency, s.Count, s.Percentile(50), s.Percentile(95), s.Percentile(99), s.Throughput }));

    public string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine($"Machine: {machine}.");
        foreach (var (title, note, columns, rows) in tables)
        {
            md.AppendLine().AppendLine($"**{title}**").AppendLine();
            if (note.Length > 0)
                md.AppendLine(note).AppendLine();
            md.AppendLine("| " + string.Join(" | ", columns) + " |");
            md.AppendLine("| " + string.Join(" | ", columns.Select((_, i) => i == 0 ? "---" : "---:")) + " |");
            foreach (var row in rows)
                md.AppendLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }
        return md.ToString();
    }

    public string Json() => JsonSerializer.Serialize(new
    {
        machine,
        tables = tables.Select(t => new
        {
            title = t.Title,
            rows = t.Rows.Select(r => t.Columns.Zip(r).ToDictionary(c => c.First, c => c.Second)),
        }),
    }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals });

    static string Cell(object value) => value switch
    {
        double d => F(d),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
