using Cairn.Json;
using Cairn.Jsonata.Evaluation;
using Cairn.Jsonata.Parsing;

namespace Cairn.Jsonata.Functions;

/// <summary><c>$eval(expr [, context])</c>: parses and evaluates JSONata text in the caller's scope (D3120 syntax, D3121 evaluation errors).</summary>
internal static class EvalFunction
{
    public static void Register(FunctionTable table) => table.Add("eval", "<sx?:x>", Eval);

    private static JValue? Eval(FunctionContext context, JValue?[] arguments)
    {
        if (arguments.At(0) is not JString text)
        {
            return null;
        }

        var evaluator = (Evaluator)context;
        Node root;
        try
        {
            root = Compiler.Compile(Parser.Parse(text.Value));
        }
        catch (JsonataException e)
        {
            throw JsonataErrors.Create("D3120", value: new JString(e.Message));
        }

        var input = arguments.Length > 1 ? arguments[1] : evaluator.CallInput;
        try
        {
            return JsonataExpression.Run(root, input, new Frame(evaluator.CallFrame ?? Frame.CreateRoot(evaluator.Options.Bindings)), evaluator);
        }
        catch (JsonataException e) when (e.Code != "U1001")
        {
            throw JsonataErrors.Create("D3121", value: new JString(e.Message));
        }
    }
}
