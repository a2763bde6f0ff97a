using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Choice;

/// <summary>
/// <c>Or</c>: holds when any nested rule holds. Rules are evaluated in order and evaluation
/// stops at the first true one, so a later rule's missing path cannot fail the state.
/// </summary>
public sealed class OrRule : ChoiceRule
{
    private readonly ChoiceRule[] _rules;

    internal OrRule(ChoiceRule[] rules) => _rules = rules;

    public IReadOnlyList<ChoiceRule> Rules => _rules;

    public override bool Evaluate(JValue input, IDataScope scope)
    {
        foreach (var rule in _rules)
        {
            if (rule.Evaluate(input, scope))
            {
                return true;
            }
        }

        return false;
    }
}
