using System.Globalization;
using Cairn.Json;

namespace Cairn.Asl.Paths.Filters;

/// <summary>
/// Value semantics of filter operators, following Jayway's evaluators: equality compares numbers
/// numerically (a numeric string equals the number), ordering only compares two numbers or two
/// strings, and anything involving an undefined value is false except the negated operators.
/// </summary>
internal static class FilterComparison
{
    public static bool Evaluate(FilterOperator op, JValue? left, JValue? right) => op switch
    {
        FilterOperator.Equal => AreEqual(left, right),
        FilterOperator.NotEqual => !AreEqual(left, right),
        FilterOperator.LessThan => Compare(left, right) is { } c && c < 0,
        FilterOperator.LessThanOrEqual => Compare(left, right) is { } c && c <= 0,
        FilterOperator.GreaterThan => Compare(left, right) is { } c && c > 0,
        FilterOperator.GreaterThanOrEqual => Compare(left, right) is { } c && c >= 0,
        FilterOperator.In => right is JArray set && Contains(set, left),
        FilterOperator.NotIn => !(right is JArray set && Contains(set, left)),
        FilterOperator.SubsetOf => left is JArray sub && right is JArray super && IsSubset(sub, super),
        FilterOperator.AnyOf => left is JArray a && right is JArray b && SharesAny(a, b),
        FilterOperator.NoneOf => left is JArray a && right is JArray b && !SharesAny(a, b),
        FilterOperator.Size => HasSize(left, right),
        FilterOperator.Empty => right is JBool expected && IsEmpty(left) is { } empty && empty == expected.Value,
        FilterOperator.Contains => ContainsValue(left, right),
        _ => false,
    };

    /// <summary>The text a regular expression is matched against (Jayway: strings, numbers and booleans).</summary>
    public static string RegexInput(JValue value) => value switch
    {
        JString s => s.Value,
        JNumber n => n.ToLiteral(),
        JBool b => b.Value ? "true" : "false",
        _ => string.Empty,
    };

    public static bool AreEqual(JValue? left, JValue? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        switch (left, right)
        {
            case (JNumber a, JNumber b):
                return a.NumericEquals(b);
            case (JNumber a, JString b):
                return TryParseNumber(b.Value, out var bn) && a.NumericEquals(bn);
            case (JString a, JNumber b):
                return TryParseNumber(a.Value, out var an) && an.NumericEquals(b);
            default:
                return JsonEquality.DeepEquals(left, right);
        }
    }

    private static int? Compare(JValue? left, JValue? right) => (left, right) switch
    {
        (JNumber a, JNumber b) when !double.IsNaN(a.DoubleValue) && !double.IsNaN(b.DoubleValue) => a.CompareTo(b),
        (JString a, JString b) => string.CompareOrdinal(a.Value, b.Value),
        _ => null,
    };

    private static bool Contains(JArray set, JValue? value)
    {
        foreach (var item in set)
        {
            if (AreEqual(item, value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSubset(JArray subset, JArray superset)
    {
        foreach (var item in subset)
        {
            if (!Contains(superset, item))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SharesAny(JArray a, JArray b)
    {
        foreach (var item in a)
        {
            if (Contains(b, item))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSize(JValue? left, JValue? right)
    {
        if (right is not JNumber expected)
        {
            return false;
        }

        var size = left switch
        {
            JString s => s.Value.Length,
            JArray a => a.Count,
            _ => -1,
        };
        return size >= 0 && size == expected.IntegerValue;
    }

    private static bool? IsEmpty(JValue? value) => value switch
    {
        JString s => s.Value.Length == 0,
        JArray a => a.Count == 0,
        JObject o => o.Count == 0,
        _ => null,
    };

    private static bool ContainsValue(JValue? left, JValue? right) => (left, right) switch
    {
        (JString text, JString part) => text.Value.Contains(part.Value, StringComparison.Ordinal),
        (JArray array, not null) => Contains(array, right),
        _ => false,
    };

    private static bool TryParseNumber(string text, out JNumber number)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            number = JNumber.FromLiteral(text.Trim());
            return true;
        }

        number = JNumber.From(0);
        return false;
    }
}
