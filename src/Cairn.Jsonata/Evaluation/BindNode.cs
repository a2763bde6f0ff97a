using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>$name := value</c>: binds in the current scope and yields the value.</summary>
internal sealed class BindNode(int position, string name, Node value) : Node(position)
{
    private readonly string _name = string.Intern(name);

    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var result = value.Evaluate(input, frame, evaluator);
        frame.Bind(_name, result);
        return result;
    }
}
