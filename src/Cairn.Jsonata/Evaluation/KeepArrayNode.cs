using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>The <c>[]</c> marker on an expression that is not a path: a sequence result stays an array even with one item.</summary>
internal sealed class KeepArrayNode(int position, Node inner) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator) =>
        inner.Evaluate(input, frame, evaluator) switch
        {
            Sequence { Count: > 0 } s => s.WithKeepSingleton(),
            var other => other,
        };
}
