namespace Cairn.Asl.Model;

public sealed class ParallelState : State
{
    public ParallelState(StateCommon common, IReadOnlyList<StateMachine> branches, ResultHandling handling, ErrorHandling errorHandling)
        : base(common)
    {
        Branches = branches;
        Handling = handling;
        ErrorHandling = errorHandling;
    }

    public override StateType Type => StateType.Parallel;

    public IReadOnlyList<StateMachine> Branches { get; }

    public ResultHandling Handling { get; }

    public ErrorHandling ErrorHandling { get; }
}
