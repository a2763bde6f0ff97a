using Cairn.Asl.Data;
using Cairn.Asl.Jsonata;
using Cairn.Json;

namespace Cairn.Asl.Choice;

/// <summary>
/// The Condition of a Choice rule in a JSONata state: a boolean, or a JSONata expression that
/// must evaluate to one.
/// </summary>
public sealed class JsonataConditionRule : ChoiceRule
{
    private readonly JsonataQuery? _query;
    private readonly bool _constant;
    private readonly string _field;

    private JsonataConditionRule(JsonataQuery? query, bool constant, string field)
    {
        _query = query;
        _constant = constant;
        _field = field;
    }

    /// <summary>A Condition written as a JSON boolean.</summary>
    public static JsonataConditionRule Constant(bool value, string field) => new(null, value, field);

    public static JsonataConditionRule Expression(JsonataQuery query, string field) => new(query, false, field);

    public override bool Evaluate(JValue input, IDataScope scope)
    {
        if (_query is null)
        {
            return _constant;
        }

        var value = _query.EvaluateValue(new JsonataScope(scope, input), _field);
        return value is JBool b ? b.Value : throw JsonataErrors.UnexpectedType(_query.Text, _field, "boolean", value);
    }
}
