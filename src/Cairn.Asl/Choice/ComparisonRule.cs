using Cairn.Asl.Data;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Choice;

/// <summary>
/// A comparison: <c>Variable</c> and one operator with either a literal operand
/// (<c>"NumericEquals": 1</c>) or a path operand (<c>"NumericEqualsPath": "$.limit"</c>).
/// A Variable value of the wrong type for the operator (a string for NumericEquals, a string
/// that is not a timestamp for TimestampEquals, ...) makes the rule false, not an error.
/// </summary>
public sealed class ComparisonRule : ChoiceRule
{
    private readonly AslTimestamp _timestamp;
    private readonly StringMatchPattern? _pattern;

    internal ComparisonRule(JsonPath variable, ComparisonOperator @operator, JValue? value, JsonPath? valuePath)
    {
        Variable = variable;
        Operator = @operator;
        Value = value;
        ValuePath = valuePath;
        if (value is JString literal)
        {
            // Compiled once here so evaluation never re-parses the literal.
            if (@operator == ComparisonOperator.StringMatches)
            {
                _pattern = StringMatchPattern.Compile(literal.Value);
            }
            else if (IsTimestampOperator(@operator) && !AslTimestamp.TryParse(literal.Value, out _timestamp))
            {
                throw new AslSyntaxException($"'{@operator}' needs a timestamp, not '{literal.Value}'.");
            }
        }
    }

    /// <summary>The path whose value is compared.</summary>
    public JsonPath Variable { get; }

    public ComparisonOperator Operator { get; }

    /// <summary>The literal operand, or null for the <c>...Path</c> form.</summary>
    public JValue? Value { get; }

    /// <summary>The path operand of the <c>...Path</c> form, or null for a literal operand.</summary>
    public JsonPath? ValuePath { get; }

    public override bool Evaluate(JValue input, IDataScope scope)
    {
        var actual = ChoicePaths.Resolve(Variable, input, scope);
        if (ValuePath is null)
        {
            return CompareWithLiteral(actual);
        }

        var expected = ChoicePaths.Resolve(ValuePath, input, scope);
        return CompareWithPathValue(actual, expected, ValuePath);
    }

    /// <summary>
    /// The JSON kind of the operand: timestamps are strings, and the literal of an equality or
    /// ordering operator has the kind of the values it compares.
    /// </summary>
    internal static JsonKind OperandKind(ComparisonOperator op) => op switch
    {
        <= ComparisonOperator.StringMatches => JsonKind.String,
        <= ComparisonOperator.NumericGreaterThanEquals => JsonKind.Number,
        ComparisonOperator.BooleanEquals => JsonKind.Boolean,
        _ => JsonKind.String,
    };

    private static bool IsTimestampOperator(ComparisonOperator op) =>
        op is >= ComparisonOperator.TimestampEquals and <= ComparisonOperator.TimestampGreaterThanEquals;

    private static bool IsEquality(ComparisonOperator op) =>
        op is ComparisonOperator.StringEquals or ComparisonOperator.NumericEquals
            or ComparisonOperator.BooleanEquals or ComparisonOperator.TimestampEquals;

    private static bool Holds(ComparisonOperator op, int comparison) => op switch
    {
        ComparisonOperator.StringEquals or ComparisonOperator.NumericEquals or ComparisonOperator.TimestampEquals => comparison == 0,
        ComparisonOperator.StringLessThan or ComparisonOperator.NumericLessThan or ComparisonOperator.TimestampLessThan => comparison < 0,
        ComparisonOperator.StringGreaterThan or ComparisonOperator.NumericGreaterThan or ComparisonOperator.TimestampGreaterThan => comparison > 0,
        ComparisonOperator.StringLessThanEquals or ComparisonOperator.NumericLessThanEquals or ComparisonOperator.TimestampLessThanEquals => comparison <= 0,
        ComparisonOperator.StringGreaterThanEquals or ComparisonOperator.NumericGreaterThanEquals or ComparisonOperator.TimestampGreaterThanEquals => comparison >= 0,
        _ => false,
    };

    // Java's String.compareTo, which AWS uses, orders by UTF-16 code unit, exactly as CompareOrdinal.
    private static int CompareStrings(string a, string b) => string.CompareOrdinal(a, b);

    private bool CompareWithLiteral(JValue actual)
    {
        switch (Operator)
        {
            case ComparisonOperator.StringMatches:
                return actual is JString s && _pattern!.IsMatch(s.Value);
            case ComparisonOperator.BooleanEquals:
                return actual is JBool b && b.Value == ((JBool)Value!).Value;
        }

        if (IsTimestampOperator(Operator))
        {
            return actual is JString text && AslTimestamp.TryParse(text.Value, out var t) && Holds(Operator, t.CompareTo(_timestamp));
        }

        return Compare(actual, Value!) is { } comparison && Holds(Operator, comparison);
    }

    private bool CompareWithPathValue(JValue actual, JValue expected, JsonPath valuePath)
    {
        if (Operator == ComparisonOperator.BooleanEquals)
        {
            return actual is JBool a && expected is JBool e && a.Value == e.Value;
        }

        int? comparison;
        if (IsTimestampOperator(Operator))
        {
            if (expected is not JString e || !AslTimestamp.TryParse(e.Value, out var limit))
            {
                return IsEquality(Operator) ? false : throw ChoicePaths.InvalidOperand(valuePath);
            }

            comparison = actual is JString a && AslTimestamp.TryParse(a.Value, out var t) ? t.CompareTo(limit) : null;
        }
        else
        {
            if (expected.Kind != OperandKind(Operator))
            {
                return IsEquality(Operator) ? false : throw ChoicePaths.InvalidOperand(valuePath);
            }

            comparison = Compare(actual, expected);
        }

        return comparison is { } c && Holds(Operator, c);
    }

    /// <summary>Compares two strings or two numbers; null when the kinds differ.</summary>
    private static int? Compare(JValue actual, JValue expected) => (actual, expected) switch
    {
        (JString a, JString e) => CompareStrings(a.Value, e.Value),

        // Integers compare exactly; as soon as either side is a double both compare as doubles,
        // so 1 equals 1.0.
        (JNumber a, JNumber e) => a.CompareTo(e),
        _ => null,
    };
}
