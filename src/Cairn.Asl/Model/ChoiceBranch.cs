using Cairn.Asl.Choice;
using Cairn.Asl.Data;

namespace Cairn.Asl.Model;

/// <summary>A top-level Choice rule with the transition it leads to.</summary>
public sealed class ChoiceBranch
{
    public ChoiceBranch(ChoiceRule rule, string nextName, PayloadTemplate? assign)
    {
        Rule = rule;
        NextName = nextName;
        Assign = assign;
    }

    public ChoiceRule Rule { get; }

    public string NextName { get; }

    public State Next { get; internal set; } = null!;

    public PayloadTemplate? Assign { get; }
}
