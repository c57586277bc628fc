using Orchestrator.Contracts;
using Orchestrator.Service.Saga;

namespace Orchestrator.Service.Api;

/// <summary>
/// The commands the saga would refuse, so the API can answer 409 at once instead of 202 and a later
/// PipelineCommandRejected. The saga stays the authority: a run may change between this check and the command.
/// </summary>
public static class ControlRules
{
    const string Running = nameof(PipelineRunStateMachine.Running);
    const string Halted = nameof(PipelineRunStateMachine.Halted);
    const string Completed = nameof(PipelineRunStateMachine.Completed);
    const string Stopped = nameof(PipelineRunStateMachine.Stopped);

    /// <summary>Null when <paramref name="command"/> makes sense for a run in <paramref name="currentState"/>; otherwise why not, worded as the saga words it.</summary>
    public static string? Refusal(string command, string currentState)
    {
        var reason = (command, currentState) switch
        {
            (nameof(ResumePipeline), Completed or Stopped) => "it has ended; start a new run",
            (_, Completed or Stopped) => "it has ended",
            (nameof(PausePipeline), not Running) => "only a running run can be paused",
            (nameof(ResumePipeline), Running) => "it is running already",
            (nameof(HaltPipeline), Halted) => "it is halted already",
            _ => null,
        };
        return reason is null ? null : $"{command} refused: the run is {currentState.ToLowerInvariant()}; {reason}";
    }
}
