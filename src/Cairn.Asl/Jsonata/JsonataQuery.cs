using Cairn.Json;
using Cairn.Jsonata;

namespace Cairn.Asl.Jsonata;

/// <summary>
/// One JSONata expression of a definition: a string written as <c>{% expression %}</c>. Compiled
/// once when the definition is parsed; evaluated against a <see cref="JsonataScope"/>. Failures
/// become <see cref="StatesException"/>s with AWS's States.QueryEvaluationError causes.
/// </summary>
public sealed class JsonataQuery
{
    public const string Opening = "{%";
    public const string Closing = "%}";

    private readonly JsonataExpression _expression;

    private JsonataQuery(string text, JsonataExpression expression)
    {
        Text = text;
        _expression = expression;
    }

    /// <summary>The expression between the delimiters, without surrounding white space (as AWS quotes it).</summary>
    public string Text { get; }

    /// <summary>True for a string that opens with <c>{%</c> and closes with <c>%}</c>.</summary>
    public static bool IsExpression(string text) =>
        text.Length >= Opening.Length + Closing.Length
        && text.StartsWith(Opening, StringComparison.Ordinal)
        && text.EndsWith(Closing, StringComparison.Ordinal);

    public static bool IsExpression(JValue value) => value is JString s && IsExpression(s.Value);

    /// <summary>Compiles <c>{% expression %}</c>; throws <see cref="AslSyntaxException"/> when it is not valid JSONata.</summary>
    public static JsonataQuery Parse(string text)
    {
        if (!IsExpression(text))
        {
            throw new AslSyntaxException($"A JSONata expression must be written as {Opening} expression {Closing}");
        }

        var body = text[Opening.Length..^Closing.Length].Trim();
        try
        {
            return new JsonataQuery(body, JsonataExpression.Compile(body));
        }
        catch (JsonataException e)
        {
            throw new AslSyntaxException($"{e.Code}: {e.Message}", e.Position);
        }
    }

    /// <summary>The value, or null when the expression yields nothing (undefined).</summary>
    public JValue? Evaluate(JsonataScope scope, string field)
    {
        try
        {
            return _expression.Evaluate(null, scope.Options);
        }
        catch (JsonataException e)
        {
            throw JsonataErrors.EvaluationFailed(Text, field, e);
        }
    }

    /// <summary>The value, which must be a JSON value: nothing (undefined) or a function fails the state.</summary>
    public JValue EvaluateValue(JsonataScope scope, string field)
    {
        var value = Evaluate(scope, field);
        if (value is null)
        {
            throw JsonataErrors.Undefined(Text, field);
        }

        if (value.Kind == JsonKind.Function)
        {
            throw JsonataErrors.UnsupportedResult(Text, field);
        }

        return value;
    }

    public override string ToString() => $"{Opening} {Text} {Closing}";
}
