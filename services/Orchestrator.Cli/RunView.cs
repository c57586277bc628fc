using Orchestrator.Contracts;

namespace Orchestrator.Cli;

/// <summary>How a run reads on a terminal.</summary>
internal static class RunView
{
    public static bool IsSettled(RunSnapshot run) => run.Status is "completed" or "blocked" or "halted" or "stopped";

    public static string Line(RunSnapshot run, TimeSpan elapsed)
    {
        var gates = string.Join(" ", run.Gates.Select(g => g.Gate + (g.Passed ? " ok" : " FAILED")));
        var active = run.ActiveRoles.Count == 0 ? "-" : string.Join(",", run.ActiveRoles);
        var line = $"[{elapsed:mm\\:ss}] {run.State,-11} {run.Status,-9} artifacts: {run.Artifacts.Count,2}  active: {active,-40} gates: {gates}";
        return run.LastError is null || run.Status == "completed" ? line : $"{line}\n          last error: {run.LastError}";
    }

    public static string Describe(RunSnapshot run) => string.Join('\n',
        $"run         {run.RunId}",
        $"status      {run.Status}",
        $"state       {run.State} (previous {run.PreviousState ?? "-"})",
        $"checkpoint  {run.Checkpoint ?? "-"}",
        $"active      {string.Join(", ", run.ActiveRoles)}",
        $"completed   {string.Join(", ", run.CompletedRoles)}",
        $"artifacts   {run.Artifacts.Count}: {string.Join(", ", run.Artifacts.Select(a => $"{a.Name} {a.Sha256[..Math.Min(12, a.Sha256.Length)]}"))}",
        $"gates       {string.Join(", ", run.Gates.Select(g => g.Gate + (g.Passed ? " passed" : " failed")))}",
        $"last error  {run.LastError ?? "-"}",
        $"version     {run.Version}  started {run.StartedAt:u}  updated {run.UpdatedAt:u}");

    public static string Table(RunList page)
    {
        if (page.Runs.Count == 0)
            return page.Total == 0 ? "no runs" : $"no runs at offset {page.Offset} ({page.Total} in all)";
        var lines = new List<string> { $"{"RUN ID",-36}  {"STATUS",-9}  {"STATE",-11}  {"CHECKPOINT",-11}  {"STARTED (UTC)",-19}  LAST ERROR" };
        lines.AddRange(page.Runs.Select(run =>
            $"{run.RunId,-36}  {run.Status,-9}  {run.State,-11}  {run.Checkpoint ?? "-",-11}  {run.StartedAt.UtcDateTime,-19:yyyy-MM-dd HH:mm:ss}  {Shorten(run.LastError)}"));
        var last = page.Offset + page.Runs.Count;
        lines.Add(last < page.Total
            ? $"runs {page.Offset + 1}-{last} of {page.Total}; the next page: --offset {last}"
            : $"runs {page.Offset + 1}-{last} of {page.Total}");
        return string.Join('\n', lines);
    }

    static string Shorten(string? text) => text?.ReplaceLineEndings(" ") switch
    {
        null => "-",
        { Length: <= 60 } line => line,
        var line => line[..57] + "...",
    };
}
