using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Choice;

/// <summary><c>Not</c>: holds when its one nested rule does not. Errors of the nested rule pass through.</summary>
public sealed class NotRule : ChoiceRule
{
    internal NotRule(ChoiceRule rule) => Rule = rule;

    public ChoiceRule Rule { get; }

    public override bool Evaluate(JValue input, IDataScope scope) => !Rule.Evaluate(input, scope);
}
