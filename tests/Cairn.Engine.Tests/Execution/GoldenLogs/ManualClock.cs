namespace Cairn.Engine.Tests.Execution.GoldenLogs;

/// <summary>A clock that stands still until moved: steps and timers read it, nothing comes due by itself.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
