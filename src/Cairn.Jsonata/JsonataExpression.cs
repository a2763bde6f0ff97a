using Cairn.Json;

namespace Cairn.Jsonata;

/// <summary>
/// A compiled JSONata expression. Compile once, evaluate many times; an instance is immutable
/// and safe to share across threads.
/// </summary>
public sealed class JsonataExpression
{
    private JsonataExpression(string text) => Text = text;

    public string Text { get; }

    /// <summary>Parses and compiles <paramref name="text"/>; throws <see cref="JsonataException"/> (S0xxx) on a syntax error.</summary>
    public static JsonataExpression Compile(string text) => throw new NotImplementedException();

    /// <summary>
    /// Evaluates against <paramref name="input"/> (null for undefined). Returns null when the
    /// result is undefined. Throws <see cref="JsonataException"/> on an evaluation error.
    /// Sequences in the result are plain <see cref="JArray"/> values to the caller.
    /// </summary>
    public JValue? Evaluate(JValue? input, JsonataOptions? options = null) => throw new NotImplementedException();
}
