using Cairn.Json;
using Cairn.Jsonata.Evaluation;
using Cairn.Jsonata.Parsing;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata;

/// <summary>
/// A compiled JSONata expression. Compile once, evaluate many times; an instance is immutable
/// and safe to share across threads.
/// </summary>
public sealed class JsonataExpression
{
    private readonly Node _root;

    private JsonataExpression(string text, Node root)
    {
        Text = text;
        _root = root;
    }

    public string Text { get; }

    /// <summary>Parses and compiles <paramref name="text"/>; throws <see cref="JsonataException"/> (S0xxx) on a syntax error.</summary>
    public static JsonataExpression Compile(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return new JsonataExpression(text, Compiler.Compile(Parser.Parse(text)));
        }
        catch (InsufficientExecutionStackException)
        {
            throw JsonataErrors.Limit(JsonataErrors.StackOverflowMessage);
        }
    }

    /// <summary>
    /// Evaluates against <paramref name="input"/> (null for undefined). Returns null when the
    /// result is undefined. Throws <see cref="JsonataException"/> on an evaluation error.
    /// Sequences in the result are plain <see cref="JArray"/> values to the caller.
    /// </summary>
    public JValue? Evaluate(JValue? input, JsonataOptions? options = null)
    {
        var evaluator = new Evaluator(options ?? JsonataOptions.Default);
        var frame = Frame.CreateRoot(evaluator.Options.Bindings);
        return Run(_root, input, frame, evaluator);
    }

    /// <summary>Evaluates a compiled tree in a given frame, as <c>$eval</c> does inside a running evaluation.</summary>
    internal static JValue? Run(Node root, JValue? input, Frame frame, Evaluator evaluator)
    {
        var context = input is JArray array and not Sequence ? Sequence.Wrap(array) : input;
        frame.Bind("$", context);
        try
        {
            var result = root.Evaluate(context, frame, evaluator);
            if (result is TailCall tail)
            {
                result = evaluator.Call(tail.Function, tail.Arguments, tail.Input, hasContext: true, evaluator.Base + 1, tail.Position, tail.Name);
            }

            result = Sequence.Normalize(result);
            if (evaluator.ProducedNonFinite && FindNonFinite(result) is { } bad)
            {
                throw JsonataErrors.Create("D1001", value: bad);
            }

            return result;
        }
        catch (InsufficientExecutionStackException)
        {
            throw JsonataErrors.Limit(JsonataErrors.StackOverflowMessage);
        }
    }

    private static JNumber? FindNonFinite(JValue? value)
    {
        switch (value)
        {
            case JNumber n when !double.IsFinite(n.DoubleValue):
                return n;
            case JArray a:
                foreach (var item in a)
                {
                    if (FindNonFinite(item) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JObject o:
                foreach (var member in o.Members)
                {
                    if (FindNonFinite(member.Value) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
