using Cairn.Asl.Choice;
using Cairn.Asl.Data;

namespace Cairn.Asl.Model;

/// <summary>A top-level Choice rule with the transition it leads to.</summary>
public sealed class ChoiceBranch
{
    public ChoiceBranch(ChoiceRule rule, string nextName, PayloadTemplate? assign, JsonataHandling? jsonata = null)
    {
        Rule = rule;
        NextName = nextName;
        Assign = assign;
        Jsonata = jsonata;
    }

    public ChoiceRule Rule { get; }

    public string NextName { get; }

    public State Next { get; internal set; } = null!;

    /// <summary>The rule's Assign in a JSONPath state.</summary>
    public PayloadTemplate? Assign { get; }

    /// <summary>The rule's Output and Assign in a JSONata state.</summary>
    public JsonataHandling? Jsonata { get; }
}
