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
}
