using Orchestrator.Contracts;

namespace Orchestrator.Cli;

/// <summary>
/// <c>halt</c>, <c>pause</c>, <c>resume</c>, <c>stop</c>: publish the command, then wait until the run shows the
/// status it leads to (success) or the saga refuses it (PipelineCommandRejected), at most <see cref="Deadline"/>.
/// </summary>
internal static class ControlCommands
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public static readonly IReadOnlyList<ControlVerb> Verbs =
    [
        new("halt", nameof(HaltPipeline), "halted", true, (id, reason, by) => new HaltPipeline(id, reason, by)),
        new("pause", nameof(PausePipeline), "paused", false, (id, _, by) => new PausePipeline(id, by)),
        new("resume", nameof(ResumePipeline), "running", false, (id, _, by) => new ResumePipeline(id, by)),
        new("stop", nameof(StopPipeline), "stopped", true, (id, reason, by) => new StopPipeline(id, reason, by)),
    ];

    /// <summary>The command's <c>--reason</c>: required by halt and stop, empty for the others.</summary>
    public static string ReasonOf(ControlVerb verb, CliArgs args)
    {
        var reason = args.Option("--reason")?.Trim() ?? "";
        return !verb.NeedsReason || reason.Length > 0
            ? reason
            : throw new CliException($"{verb.Name} needs a reason: orchestratorctl {verb.Name} RUN_ID --reason \"why\".");
    }

    public static async Task<int> Run(CliBus bus, ControlVerb verb, Guid runId, string reason)
    {
        await using var refusals = await RefusalWatch.StartAsync(bus.Bus, runId, verb.Message);
        var before = (await RunCommands.Ask(bus, runId)).Snapshot?.Status;
        await bus.Bus.Publish(verb.Create(runId, reason, Environment.UserName));
        return await Outcome(bus, verb, runId, before, refusals.Refused);
    }

    static async Task<int> Outcome(CliBus bus, ControlVerb verb, Guid runId, string? before, Task<PipelineCommandRejected> refused)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (DateTime.UtcNow < deadline)
        {
            if (refused.IsCompleted)
            {
                Console.Error.WriteLine($"orchestratorctl: {(await refused).Reason}");
                return CliApp.RunFailed;
            }
            // A run already in the status the command leads to can only refuse it: only a change into it is success.
            if (before != verb.Expected && (await RunCommands.Ask(bus, runId)).Snapshot is { } run && run.Status == verb.Expected)
            {
                Console.WriteLine($"run {runId}: {run.Status} (workflow state {run.State}, checkpoint {run.Checkpoint ?? "-"})");
                return CliApp.Ok;
            }
            await Task.WhenAny(refused, Task.Delay(TimeSpan.FromMilliseconds(250)));
        }
        throw new CliException(
            $"{verb.Message} for run {runId} was published, but within {Deadline.TotalSeconds:0} s the run did not become " +
            $"{verb.Expected} and the orchestrator did not refuse it: check 'orchestratorctl status {runId}'.");
    }
}
