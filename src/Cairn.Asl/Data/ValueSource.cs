using Cairn.Asl.Jsonata;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Data;

/// <summary>
/// A field that is given either literally (<c>Seconds</c>, <c>MaxConcurrency</c>, <c>Error</c>),
/// through a path (<c>SecondsPath</c>, <c>MaxConcurrencyPath</c>, <c>ErrorPath</c>) or, in a
/// JSONata state, as a <c>{% %}</c> expression in the field itself.
/// </summary>
public sealed class ValueSource
{
    private ValueSource(string fieldName, JValue? literal, JsonPath? path, IntrinsicExpression? intrinsic, JsonataQuery? query = null)
    {
        FieldName = fieldName;
        Literal = literal;
        Path = path;
        Intrinsic = intrinsic;
        Query = query;
    }

    /// <summary>The field as named in the definition, e.g. <c>SecondsPath</c>.</summary>
    public string FieldName { get; }

    public JValue? Literal { get; }

    public JsonPath? Path { get; }

    /// <summary>For ErrorPath/CausePath, which may hold an intrinsic function call.</summary>
    public IntrinsicExpression? Intrinsic { get; }

    /// <summary>The JSONata expression of a JSONata state's field.</summary>
    public JsonataQuery? Query { get; }

    public bool IsPath => Path is not null || Intrinsic is not null;

    public static ValueSource FromLiteral(string fieldName, JValue value) => new(fieldName, value, null, null);

    public static ValueSource FromPath(string fieldName, JsonPath path) => new(fieldName, null, path, null);

    public static ValueSource FromIntrinsic(string fieldName, IntrinsicExpression intrinsic) => new(fieldName, null, null, intrinsic);

    public static ValueSource FromJsonata(string fieldName, JsonataQuery query) => new(fieldName, null, null, null, query);

    /// <summary>
    /// The value: the literal, the path's value or the expression's. A path that matches nothing
    /// raises States.Runtime, an expression that fails States.QueryEvaluationError, with AWS's causes.
    /// </summary>
    public JValue Resolve(JValue input, IDataScope scope)
    {
        if (Literal is not null)
        {
            return Literal;
        }

        if (Query is not null)
        {
            return Query.EvaluateValue(new JsonataScope(scope, input), FieldName);
        }

        if (Intrinsic is not null)
        {
            return Intrinsic.Evaluate(input, scope);
        }

        return Path!.TryEvaluate(input, scope, out var value) ? value : throw FieldCauses.Missing(this, input);
    }
}
