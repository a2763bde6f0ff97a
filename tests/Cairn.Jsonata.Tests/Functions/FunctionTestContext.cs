using Cairn.Json;
using Cairn.Jsonata.Functions;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Tests.Functions;

/// <summary>Calls built-ins directly, without the evaluator's signature checks, with a seeded random source.</summary>
internal sealed class FunctionTestContext : FunctionContext
{
    public override DateTimeOffset Now { get; } = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public override Random Random { get; } = new(12345);

    public override int StringLengthLimit => LongestString;

    public List<JValue?[]> Calls { get; } = [];

    public override JValue? Apply(JValue? function, JValue?[] arguments)
    {
        Calls.Add(arguments);
        return function is JsonataFunction f
            ? f.Invoke(this, arguments, null)
            : throw new JsonataException("T1006", "Attempted to invoke a non-function");
    }

    public static JValue? Call(string name, params JValue?[] arguments) => new FunctionTestContext().Invoke(name, arguments);

    public JValue? Invoke(string name, params JValue?[] arguments)
    {
        Assert.True(FunctionTable.Standard.TryGet(name, out var function), "$" + name + " is registered");
        return function.Invoke(this, arguments, null);
    }

    public static JValue J(string json) => JValue.Parse(json);

    public static JString S(string text) => new(text);

    public static JNumber N(double value) => Numbers.From(value);

    /// <summary>A function value of the given signature (its parameter count is the arity).</summary>
    public static JsonataFunction Lambda(string signature, Func<JValue?[], JValue?> body) => JsonataFunction.Create("lambda", signature, body);

    public static void AssertJson(string expected, JValue? actual)
    {
        Assert.NotNull(actual);
        var expectedValue = JValue.Parse(expected);
        Assert.True(JsonEquality.DeepEquals(expectedValue, actual), $"expected {expected} but was {actual.ToJson()}");
    }

    public static JsonataException AssertError(string code, Action action)
    {
        var e = Assert.Throws<JsonataException>(action);
        Assert.Equal(code, e.Code);
        return e;
    }
}
