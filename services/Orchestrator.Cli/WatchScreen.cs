using Orchestrator.Contracts;

namespace Orchestrator.Cli;

/// <summary>The panel <c>watch</c> redraws in place on a terminal: state, roles, gates, elapsed time.</summary>
internal static class WatchScreen
{
    /// <summary>How long the run has taken: until now while it moves, until its last update once it has settled.</summary>
    public static TimeSpan Elapsed(RunSnapshot run, DateTimeOffset now)
    {
        var end = RunView.IsSettled(run) ? run.UpdatedAt : now;
        return end > run.StartedAt ? end - run.StartedAt : TimeSpan.Zero;
    }

    public static IReadOnlyList<string> Frame(RunSnapshot run, TimeSpan elapsed)
    {
        var attempts = run.Attempts.Where(a => a.Value > 1).Select(a => $"{a.Key} x{a.Value}").ToList();
        var lines = new List<string>
        {
            $"run        {run.RunId}   {run.Status.ToUpperInvariant()}   elapsed {Clock(elapsed)}",
            $"state      {run.State}{(run.PreviousState is { } previous ? $" (from {previous})" : "")}   checkpoint {run.Checkpoint ?? "-"}",
            $"active     {List(run.ActiveRoles)}",
            $"done       {List(run.CompletedRoles)}",
            $"gates      {(run.Gates.Count == 0 ? "-" : string.Join("  ", run.Gates.Select(g => $"{g.Gate} {(g.Passed ? "passed" : "FAILED")}")))}",
            $"artifacts  {run.Artifacts.Count}{(attempts.Count > 0 ? $"   retries: {string.Join(", ", attempts)}" : "")}",
        };
        if (run.LastError is { } error && run.Status != "completed")
            lines.Add($"last error {error.ReplaceLineEndings(" ")}");
        return lines;
    }

    static string List(IReadOnlyList<string> items) => items.Count == 0 ? "-" : string.Join(", ", items);

    static string Clock(TimeSpan elapsed) =>
        elapsed.TotalHours >= 1 ? $"{(int)elapsed.TotalHours}:{elapsed:mm\\:ss}" : $"{elapsed:mm\\:ss}";
}
