using Cairn.Asl.Data;

namespace Cairn.Asl.Model;

public sealed class FailState : State
{
    public FailState(StateCommon common, ValueSource? error, ValueSource? cause)
        : base(common)
    {
        Error = error;
        Cause = cause;
    }

    public override StateType Type => StateType.Fail;

    /// <summary>Error or ErrorPath.</summary>
    public ValueSource? Error { get; }

    /// <summary>Cause or CausePath.</summary>
    public ValueSource? Cause { get; }
}
