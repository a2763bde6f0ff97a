using Cairn.Json;
using Cairn.Jsonata.Signatures;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>function($a, $b)&lt;sig&gt; { body }</c>: a closure over the current frame and context.</summary>
internal sealed class LambdaNode(int position, string[] parameters, Signature? signature, Node body) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator) =>
        new LambdaFunction(parameters, signature, body, frame, input);
}
