using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>| pattern | update [, delete] |</c>: a function that returns a modified copy of its argument.</summary>
internal sealed class TransformNode(int position, Node pattern, Node update, Node? delete) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator) =>
        new TransformFunction(pattern, update, delete, frame, Position);
}
