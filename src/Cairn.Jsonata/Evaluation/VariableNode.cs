using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>$name</c>: the innermost binding of the name, or undefined.</summary>
internal sealed class VariableNode(int position, string name) : Node(position)
{
    public string Name { get; } = string.Intern(name);

    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator) =>
        Sequence.Normalize(frame.Lookup(Name));
}
