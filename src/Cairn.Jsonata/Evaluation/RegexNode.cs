using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>A regular expression literal, compiled once with the expression.</summary>
internal sealed class RegexNode(int position, JsonataRegex regex) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator) => regex;
}
