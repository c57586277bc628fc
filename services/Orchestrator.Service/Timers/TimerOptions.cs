using System.ComponentModel.DataAnnotations;

namespace Orchestrator.Service.Timers;

/// <summary>How the timer poller fires due timers. Bound from the <c>Timers</c> section (environment: <c>Timers__PollInterval</c>).</summary>
public sealed class TimerOptions
{
    public const string Section = "Timers";

    /// <summary>
    /// How often an idle instance looks for due timers, so also how late a timer may fire at most (plus the send).
    /// Every instance queries once per interval: shorter means more punctual timers and more queries.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00",
        ErrorMessage = "Timers:PollInterval must be between 00:00:00.010 and 00:01:00, e.g. 00:00:00.500.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How many due timers one transaction claims and sends. Their rows stay locked until all are sent, so a larger
    /// batch holds locks longer; a full batch is followed at once by the next, so a backlog still drains quickly.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Timers:BatchSize must be between 1 and 1000.")]
    public int BatchSize { get; set; } = 100;
}
