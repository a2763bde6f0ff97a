namespace Cairn.Engine.Hosting;

/// <summary>
/// Real seconds per second of Wait states, retry intervals and task time limits: 1 waits in full,
/// 0.1 makes a 10-second Wait take one real second, 0 does not wait at all. The one place where
/// virtual time becomes real time, for durable and in-process executions alike.
/// </summary>
public readonly record struct TimeScale
{
    /// <summary>Waits in full.</summary>
    public static readonly TimeScale RealTime = new(1);

    /// <summary>A scale above this counts as this (a virtual second never takes longer than about 11.6 real days).</summary>
    private const double Slowest = 1e6;

    public TimeScale(double realSecondsPerSecond)
    {
        if (realSecondsPerSecond < 0 || !double.IsFinite(realSecondsPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(realSecondsPerSecond), "The time scale must be 0 or more");
        }

        RealSecondsPerSecond = realSecondsPerSecond;
    }

    public double RealSecondsPerSecond { get; }

    /// <summary>Whether nothing is waited for: timers fire at once and the executions' clocks jump to their due times.</summary>
    public bool IsInstant => RealSecondsPerSecond == 0;

    /// <summary>How long to really wait for a virtual delay.</summary>
    public TimeSpan RealDelay(TimeSpan virtualDelay) =>
        virtualDelay <= TimeSpan.Zero || IsInstant ? TimeSpan.Zero : TimeSpan.FromTicks((long)(virtualDelay.Ticks * Math.Min(RealSecondsPerSecond, Slowest)));

    /// <summary>When a timer due at <paramref name="due"/> in virtual time really fires, seen at <paramref name="now"/>.</summary>
    public DateTimeOffset RealDue(DateTimeOffset due, DateTimeOffset now) =>
        RealSecondsPerSecond == 1 || due <= now ? due : now + RealDelay(due - now);
}
