namespace Orchestrator.Service.Api;

/// <summary>An operator command as a route: <c>POST /{Trigger}/{runId}</c> publishes the message made by <see cref="Create"/>.</summary>
/// <param name="Trigger">The route's first segment, for example <c>halt</c>.</param>
/// <param name="Message">The message type's name, for example <c>HaltPipeline</c>.</param>
/// <param name="NeedsReason">Whether the body must give a reason.</param>
/// <param name="Create">Builds the message from the run id, the reason and who asked.</param>
public sealed record ControlCommand(string Trigger, string Message, bool NeedsReason, Func<Guid, string, string, object> Create);
