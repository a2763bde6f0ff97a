using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>proc(a, ?, c)</c>: a new function whose parameters are the placeholders.</summary>
internal sealed class PartialApplicationNode(int position, Node procedure, Node?[] arguments, string? bareName) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var function = procedure.Evaluate(input, frame, evaluator);
        if (function is null && bareName is not null && frame.TryLookup(bareName, out var bound) && bound is not null)
        {
            throw JsonataErrors.Create("T1007", Position, bareName);
        }

        var values = new JValue?[arguments.Length];
        var holes = new bool[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is { } argument)
            {
                values[i] = argument.Evaluate(input, frame, evaluator);
            }
            else
            {
                holes[i] = true;
            }
        }

        switch (function)
        {
            case LambdaFunction lambda:
            {
                var scope = new Frame(lambda.Closure, lambda.Parameters.Length);
                var remaining = new List<string>();
                for (var i = 0; i < lambda.Parameters.Length; i++)
                {
                    if (i < values.Length && holes[i])
                    {
                        remaining.Add(lambda.Parameters[i]);
                    }
                    else
                    {
                        scope.Bind(lambda.Parameters[i], i < values.Length ? values[i] : null);
                    }
                }

                return new LambdaFunction(remaining.ToArray(), null, lambda.Body, scope, lambda.Input);
            }

            case JsonataFunction native:
                return new PartialFunction(native, values, holes);
            default:
                throw JsonataErrors.Create("T1008", Position, bareName);
        }
    }
}
