namespace Cairn.Engine.Hosting;

/// <summary>
/// The clock an execution's interpreter reads: one fixed time per step, set by the host before
/// each input is applied. The time is logged with the input, so rebuilding the execution from its
/// log sets the same time and the interpreter makes the same decisions and timestamps.
/// </summary>
public sealed class StepClock : TimeProvider
{
    public StepClock(DateTimeOffset now) => Now = now;

    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
