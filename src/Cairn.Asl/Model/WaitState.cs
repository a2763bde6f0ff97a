using Cairn.Asl.Data;

namespace Cairn.Asl.Model;

public sealed class WaitState : State
{
    public WaitState(StateCommon common, ValueSource? seconds, ValueSource? timestamp)
        : base(common)
    {
        Seconds = seconds;
        Timestamp = timestamp;
    }

    public override StateType Type => StateType.Wait;

    /// <summary>Seconds or SecondsPath.</summary>
    public ValueSource? Seconds { get; }

    /// <summary>Timestamp or TimestampPath.</summary>
    public ValueSource? Timestamp { get; }
}
