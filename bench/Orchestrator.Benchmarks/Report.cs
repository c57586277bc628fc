using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Orchestrator.Benchmarks;

/// <summary>The results as a markdown table and as JSON.</summary>
internal static class Report
{
    static string F(double value) => double.IsNaN(value) ? "-" : value.ToString(value >= 100 ? "0" : value >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    public static (string Markdown, string Json) Write(IReadOnlyList<Samples> all, IReadOnlyDictionary<string, double> figures, string machine)
    {
        var md = new StringBuilder();
        md.AppendLine($"Machine: {machine}. Latencies in ms; throughput in operations per second.").AppendLine();
        md.AppendLine("| part | concurrency | n | p50 | p95 | p99 | throughput/s |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var s in all)
            md.AppendLine($"| {s.Part} | {s.Concurrency} | {s.Count} | {F(s.Percentile(50))} | {F(s.Percentile(95))} | {F(s.Percentile(99))} | {F(s.Throughput)} |");
        md.AppendLine().AppendLine("| figure | value |").AppendLine("| --- | ---: |");
        foreach (var (name, value) in figures)
            md.AppendLine($"| {name} | {F(value)} |");
        var json = JsonSerializer.Serialize(new
        {
            machine,
            parts = all.Select(s => new
            {
                s.Part, s.Concurrency, s.Count, p50 = s.Percentile(50), p95 = s.Percentile(95), p99 = s.Percentile(99), s.Throughput,
            }),
            figures,
        }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
        return (md.ToString(), json);
    }
}
