namespace Cairn.Engine.Hosting;

/// <summary>
/// The clock executions see when waits are fast-forwarded: real time plus the waiting time that
/// was skipped. With a time scale of 0.1 a 10-second Wait takes one real second, and the
/// timestamps recorded afterwards are 10 seconds later, as if it had been waited in full.
/// </summary>
public sealed class ScaledClock : TimeProvider
{
    private readonly TimeProvider _real;
    private long _skippedTicks;

    public ScaledClock(TimeScale timeScale, TimeProvider? real = null)
    {
        TimeScale = timeScale;
        _real = real ?? System;
    }

    /// <summary>Real seconds per virtual second: 1 waits in full, 0 does not wait at all.</summary>
    public TimeScale TimeScale { get; }

    public override DateTimeOffset GetUtcNow() => _real.GetUtcNow().AddTicks(Interlocked.Read(ref _skippedTicks));

    /// <summary>How long to really wait for a virtual delay.</summary>
    public TimeSpan RealDelay(TimeSpan virtualDelay) => TimeScale.RealDelay(virtualDelay);

    /// <summary>Moves virtual time forward to at least <paramref name="due"/>.</summary>
    public void AdvanceTo(DateTimeOffset due)
    {
        var behind = due - GetUtcNow();
        if (behind > TimeSpan.Zero)
        {
            Interlocked.Add(ref _skippedTicks, behind.Ticks);
        }
    }
}
