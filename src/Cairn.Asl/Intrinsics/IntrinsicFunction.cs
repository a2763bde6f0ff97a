using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>
/// A call of one of the <c>States.*</c> intrinsic functions, e.g.
/// <c>States.Format('Hello {}', $.name)</c>, parsed once (arguments may be literals, paths or
/// nested calls) and evaluated many times.
/// </summary>
public sealed class IntrinsicFunction
{
    private readonly IntrinsicCall _call;

    private IntrinsicFunction(string text, IntrinsicCall call)
    {
        Text = text;
        Name = call.Name;
        _call = call;
    }

    /// <summary>The call as written.</summary>
    public string Text { get; private init; } = string.Empty;

    /// <summary>The function name, e.g. <c>States.Format</c>.</summary>
    public string Name { get; private init; } = string.Empty;

    /// <summary>True when the text looks like an intrinsic call (<c>States.Name(</c>...); decides how a <c>.$</c> value is read.</summary>
    public static bool LooksLikeCall(string text) => text.StartsWith("States.", StringComparison.Ordinal);

    /// <summary>Parses a call; throws <see cref="AslSyntaxException"/> for bad syntax, an unknown function or a wrong argument count.</summary>
    public static IntrinsicFunction Parse(string text) => new(text, IntrinsicParser.Parse(text));

    /// <summary>
    /// Evaluates the call. Failures throw <see cref="StatesException"/> with AWS's error name
    /// (States.IntrinsicFailure, States.Runtime) and cause text.
    /// </summary>
    public JValue Evaluate(JValue input, IDataScope scope) => _call.Evaluate(input, scope);

    public override string ToString() => Text;
}
