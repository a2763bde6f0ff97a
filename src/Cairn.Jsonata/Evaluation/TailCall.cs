using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// A call in tail position of a lambda body, evaluated up to the point of invocation. The body
/// returns it instead of calling, and the caller's invocation loop makes the call, so tail
/// recursion runs in constant stack space.
/// </summary>
internal sealed class TailCall : JValue
{
    public TailCall(JValue? function, JValue?[] arguments, JValue? input, int position, string? name) : base(JsonKind.Function)
    {
        Function = function;
        Arguments = arguments;
        Input = input;
        Position = position;
        Name = name;
    }

    public JValue? Function { get; }

    public JValue?[] Arguments { get; }

    public JValue? Input { get; }

    public int Position { get; }

    public string? Name { get; }
}
