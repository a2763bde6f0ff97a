using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>$name</c>: the innermost binding of the name, or undefined.</summary>
internal sealed class VariableNode(int position, string name) : Node(position)
{
    public string Name { get; } = string.Intern(name);

    /// <summary>The <c>[]</c> marker: a one-item sequence stays an array.</summary>
    public bool KeepSingleton { get; set; }

    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var value = frame.Lookup(Name);
        return Sequence.Normalize(KeepSingleton && value is Sequence s ? s.WithKeepSingleton() : value);
    }
}
