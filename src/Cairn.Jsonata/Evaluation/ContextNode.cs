using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>$</c>: the context value (an input array, not the sequence wrapping it).</summary>
internal sealed class ContextNode(int position) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator) =>
        input is Sequence { OuterWrapper: true, Count: > 0 } wrapper ? wrapper[0] : Sequence.Normalize(input);
}
