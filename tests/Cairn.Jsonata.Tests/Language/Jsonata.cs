using Cairn.Json;

namespace Cairn.Jsonata.Tests.Language;

/// <summary>Evaluates an expression for a test: the result as compact JSON ("undefined" when there is none), or the error code.</summary>
internal static class Jsonata
{
    public static string Eval(string expression, string? json = null, JsonataOptions? options = null)
    {
        var input = json is null ? null : JValue.Parse(json);
        var result = JsonataExpression.Compile(expression).Evaluate(input, options);
        return result is null ? "undefined" : result.ToJson();
    }

    public static string ErrorCode(string expression, string? json = null, JsonataOptions? options = null)
    {
        var error = Assert.Throws<JsonataException>(() => Eval(expression, json, options));
        return error.Code;
    }
}
