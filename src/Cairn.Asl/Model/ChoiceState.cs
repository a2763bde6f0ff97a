namespace Cairn.Asl.Model;

public sealed class ChoiceState : State
{
    public ChoiceState(StateCommon common, IReadOnlyList<ChoiceBranch> choices, string? defaultName)
        : base(common)
    {
        Choices = choices;
        DefaultName = defaultName;
    }

    public override StateType Type => StateType.Choice;

    public IReadOnlyList<ChoiceBranch> Choices { get; }

    public string? DefaultName { get; }

    public State? Default { get; internal set; }
}
