using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// A compiled expression: evaluated against a context value in a frame of variables. Returns
/// null for undefined. <see cref="Depth"/> is the nesting of the node inside its lambda body
/// (or the whole expression), used to count evaluation depth for the depth limit.
/// </summary>
internal abstract class Node
{
    protected Node(int position) => Position = position;

    public int Position { get; }

    public int Depth { get; set; }

    public abstract JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator);
}
