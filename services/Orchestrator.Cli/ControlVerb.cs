namespace Orchestrator.Cli;

/// <summary>An operator command of the CLI and what the run's status becomes when the saga applies it.</summary>
/// <param name="Name">The CLI command, for example <c>halt</c>.</param>
/// <param name="Message">The message published, for example <c>HaltPipeline</c>.</param>
/// <param name="Expected">The run's status once the command is applied, for example <c>halted</c>.</param>
/// <param name="NeedsReason">Whether <c>--reason</c> is required.</param>
/// <param name="Create">Builds the message from the run id, the reason and who asked.</param>
internal sealed record ControlVerb(string Name, string Message, string Expected, bool NeedsReason, Func<Guid, string, string, object> Create);
