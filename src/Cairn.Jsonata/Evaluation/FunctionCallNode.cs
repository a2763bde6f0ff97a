using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// <c>proc(args)</c>: evaluates the procedure and the arguments in the caller's context, then
/// calls. In tail position of a lambda body it hands the call back to the invoking loop instead.
/// </summary>
internal sealed class FunctionCallNode : Node
{
    private readonly Node _procedure;
    private readonly Node[] _arguments;
    private readonly bool _isTailCall;
    private readonly string? _name;
    private readonly string? _bareName;

    public FunctionCallNode(int position, Node procedure, Node[] arguments, bool isTailCall, string? name, string? bareName) : base(position)
    {
        _procedure = procedure;
        _arguments = arguments;
        _isTailCall = isTailCall;
        _name = name;
        _bareName = bareName;
    }

    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var function = EvaluateProcedure(input, frame, evaluator);
        var arguments = _arguments.Length == 0 ? [] : new JValue?[_arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _arguments[i].Evaluate(input, frame, evaluator);
        }

        if (_isTailCall)
        {
            return new TailCall(function, arguments, input, Position, _name);
        }

        evaluator.CallFrame = frame;
        return Result(evaluator.Call(function, arguments, input, hasContext: true, evaluator.Base + Depth + 1, Position, _name));
    }

    /// <summary>The call on the right of <c>~&gt;</c>: <paramref name="first"/> is inserted as the first argument.</summary>
    public JValue? EvaluateWithFirstArgument(JValue? first, JValue? input, Frame frame, Evaluator evaluator)
    {
        var function = EvaluateProcedure(input, frame, evaluator);
        var arguments = new JValue?[_arguments.Length + 1];
        arguments[0] = first;
        for (var i = 0; i < _arguments.Length; i++)
        {
            arguments[i + 1] = _arguments[i].Evaluate(input, frame, evaluator);
        }

        evaluator.CallFrame = frame;
        return Result(evaluator.Call(function, arguments, input, hasContext: true, evaluator.Base + Depth + 1, Position, _name));
    }

    /// <summary>The <c>[]</c> marker: a one-item sequence result stays an array.</summary>
    public bool KeepSingleton { get; set; }

    private JValue? Result(JValue? value) => Sequence.Normalize(KeepSingleton && value is Sequence s ? s.WithKeepSingleton() : value);

    private JValue? EvaluateProcedure(JValue? input, Frame frame, Evaluator evaluator)
    {
        var function = _procedure.Evaluate(input, frame, evaluator);
        if (function is null && _bareName is not null && frame.TryLookup(_bareName, out var bound) && bound is not null)
        {
            throw JsonataErrors.Create("T1005", Position, _bareName);
        }

        return function;
    }
}
