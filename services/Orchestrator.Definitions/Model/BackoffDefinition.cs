namespace Orchestrator.Definitions;

/// <summary>Exponential back-off: initial × multiplier^(retry − 1), capped at max.</summary>
public sealed record BackoffDefinition(TimeSpan Initial, double Multiplier, TimeSpan Max)
{
    /// <summary>The delay before retry number <paramref name="retry"/> (1 = the first retry).</summary>
    public TimeSpan DelayBeforeRetry(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retry, 1);
        var ticks = Initial.Ticks * Math.Pow(Multiplier, retry - 1);
        return ticks >= Max.Ticks ? Max : TimeSpan.FromTicks((long)ticks);
    }
}
