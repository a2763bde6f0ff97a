using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Choice;

/// <summary>
/// <c>And</c>: holds when every nested rule holds. Rules are evaluated in order and evaluation
/// stops at the first false one, so a later rule's missing path cannot fail the state.
/// </summary>
public sealed class AndRule : ChoiceRule
{
    private readonly ChoiceRule[] _rules;

    internal AndRule(ChoiceRule[] rules) => _rules = rules;

    public IReadOnlyList<ChoiceRule> Rules => _rules;

    public override bool Evaluate(JValue input, IDataScope scope)
    {
        foreach (var rule in _rules)
        {
            if (!rule.Evaluate(input, scope))
            {
                return false;
            }
        }

        return true;
    }
}
