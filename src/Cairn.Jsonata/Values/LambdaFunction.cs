using Cairn.Json;
using Cairn.Jsonata.Evaluation;
using Cairn.Jsonata.Functions;
using Cairn.Jsonata.Signatures;

namespace Cairn.Jsonata.Values;

/// <summary>
/// A function defined by <c>function($a, $b) { ... }</c>: its parameters, optional signature and
/// body, closed over the frame and the context value where it was defined.
/// </summary>
internal sealed class LambdaFunction : JsonataFunction
{
    public LambdaFunction(string[] parameters, Signature? signature, Node body, Frame closure, JValue? input)
    {
        Parameters = parameters;
        Signature = signature;
        Body = body;
        Closure = closure;
        Input = input;
    }

    public string[] Parameters { get; }

    public Signature? Signature { get; }

    public Node Body { get; }

    public Frame Closure { get; }

    /// <summary>The context value at the definition, which the body sees as <c>$</c>.</summary>
    public JValue? Input { get; }

    public override int Arity => Parameters.Length;

    /// <summary>Runs the body once; the result may be a <see cref="TailCall"/> for the caller's loop to continue.</summary>
    public JValue? InvokeBody(Evaluator evaluator, JValue?[] arguments)
    {
        var frame = new Frame(Closure, Parameters.Length);
        for (var i = 0; i < Parameters.Length; i++)
        {
            frame.Bind(Parameters[i], i < arguments.Length ? arguments[i] : null);
        }

        return Body.Evaluate(Input, frame, evaluator);
    }

    internal override JValue? Invoke(FunctionContext context, JValue?[] arguments, JValue? focus) => context.Apply(this, arguments);
}
