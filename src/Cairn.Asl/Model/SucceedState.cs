namespace Cairn.Asl.Model;

public sealed class SucceedState : State
{
    public SucceedState(StateCommon common)
        : base(common)
    {
    }

    public override StateType Type => StateType.Succeed;
}
