using Cairn.Json;

namespace Cairn.Asl.Model;

public sealed class PassState : State
{
    public PassState(StateCommon common, JValue? result, ResultHandling handling)
        : base(common)
    {
        Result = result;
        Handling = handling;
    }

    public override StateType Type => StateType.Pass;

    /// <summary>The fixed Result, or null to pass the (effective) input through.</summary>
    public JValue? Result { get; }

    public ResultHandling Handling { get; }
}
