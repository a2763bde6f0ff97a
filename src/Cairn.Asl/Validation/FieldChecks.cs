using System.Globalization;
using Cairn.Asl.Intrinsics;
using Cairn.Asl.Jsonata;
using Cairn.Asl.Paths;
using Cairn.Json;

namespace Cairn.Asl.Validation;

/// <summary>
/// Checks of single field values shared by all state types: types, numeric ranges, enumerations,
/// paths, intrinsic calls and JSONata expressions. Each check reports at the field's location and
/// stays silent when the field is absent.
/// </summary>
internal static class FieldChecks
{
    /// <summary>A string that opens a JSONata expression: it must close it and compile.</summary>
    public static bool LooksLikeJsonata(string text) => text.StartsWith(JsonataQuery.Opening, StringComparison.Ordinal);

    /// <summary>True when <paramref name="text"/> is a whole <c>{% %}</c> expression that compiles.</summary>
    public static bool IsValidJsonata(string text)
    {
        if (!JsonataQuery.IsExpression(text))
        {
            return false;
        }

        try
        {
            JsonataQuery.Parse(text);
            return true;
        }
        catch (AslSyntaxException)
        {
            return false;
        }
    }

    /// <summary>
    /// In a JSONata state, a field whose value is an expression: true when it was one (valid or
    /// reported); false when the value is something else, for the caller's literal checks.
    /// </summary>
    public static bool JsonataExpression(ValidationContext ctx, JValue value, string at, string field)
    {
        if (value is not JString s || !LooksLikeJsonata(s.Value))
        {
            return false;
        }

        if (!IsValidJsonata(s.Value))
        {
            ctx.Error(at, ValidationMessages.InvalidJsonata(field));
        }

        return true;
    }

    public static bool IsValidPath(string text, bool reference)
    {
        if (!JsonPath.TryParse(text, out var path, out _))
        {
            return false;
        }

        // A reference path (ResultPath) writes into the state input: not into the context object or a variable.
        return !reference || (path!.IsReferencePath && path.Root == PathRoot.Input);
    }

    public static bool IsValidIntrinsic(string text)
    {
        if (!IntrinsicFunction.LooksLikeCall(text))
        {
            return false;
        }

        try
        {
            IntrinsicFunction.Parse(text);
            return true;
        }
        catch (AslSyntaxException)
        {
            return false;
        }
    }

    public static void String(ValidationContext ctx, JObject obj, string field, string location)
    {
        if (obj.TryGetValue(field, out var value) && value is not JString)
        {
            ctx.Error(JsonPointer.Child(location, field), ValidationMessages.ExpectedString);
        }
    }

    public static void Boolean(ValidationContext ctx, JObject obj, string field, string location)
    {
        if (obj.TryGetValue(field, out var value) && value is not JBool)
        {
            ctx.Error(JsonPointer.Child(location, field), ValidationMessages.ExpectedBoolean);
        }
    }

    public static void Object(ValidationContext ctx, JObject obj, string field, string location)
    {
        if (obj.TryGetValue(field, out var value) && value is not JObject)
        {
            ctx.Error(JsonPointer.Child(location, field), ValidationMessages.ExpectedObject);
        }
    }

    /// <summary>An integer within [min, max]; in JSONata states a <c>{% %}</c> expression may stand in for it.</summary>
    public static void Integer(ValidationContext ctx, JObject obj, string field, string location, long min, long max, bool jsonataAllowed = false)
    {
        if (!obj.TryGetValue(field, out var value))
        {
            return;
        }

        var at = JsonPointer.Child(location, field);
        if (jsonataAllowed && JsonataExpression(ctx, value, at, field))
        {
            return;
        }

        if (value is not JNumber n || !n.IsIntegral)
        {
            // Integers beyond 64 bits are still integers, just out of range.
            if (value is JNumber { IsBigInteger: true } big)
            {
                ctx.Error(at, big.DoubleValue < 0 ? ValidationMessages.Minimum(Text(min)) : ValidationMessages.Maximum(Text(max)));
                return;
            }

            ctx.Error(at, ValidationMessages.ExpectedInteger);
            return;
        }

        if (n.IntegerValue < min)
        {
            ctx.Error(at, ValidationMessages.Minimum(Text(min)));
        }
        else if (n.IntegerValue > max)
        {
            ctx.Error(at, ValidationMessages.Maximum(Text(max)));
        }
    }

    /// <summary>A number (integer or not) within [min, max].</summary>
    public static void Number(ValidationContext ctx, JObject obj, string field, string location, double min, double max, bool jsonataAllowed = false)
    {
        if (!obj.TryGetValue(field, out var value))
        {
            return;
        }

        var at = JsonPointer.Child(location, field);
        if (jsonataAllowed && JsonataExpression(ctx, value, at, field))
        {
            return;
        }

        if (value is not JNumber n)
        {
            ctx.Error(at, ValidationMessages.ExpectedNumber);
        }
        else if (n.DoubleValue < min)
        {
            ctx.Error(at, ValidationMessages.Minimum(Text(min)));
        }
        else if (n.DoubleValue > max)
        {
            ctx.Error(at, ValidationMessages.Maximum(Text(max)));
        }
    }

    public static void Enum(ValidationContext ctx, JObject obj, string field, string location, params string[] values)
    {
        if (!obj.TryGetValue(field, out var value))
        {
            return;
        }

        if (value is not JString s || Array.IndexOf(values, s.Value) < 0)
        {
            ctx.Error(JsonPointer.Child(location, field), ValidationMessages.OneOfValues(values));
        }
    }

    /// <summary>
    /// A JSONPath field (InputPath, ItemsPath, SecondsPath, ...). <paramref name="nullable"/>: null
    /// is allowed (InputPath/OutputPath/ResultPath null discard or replace the value).
    /// <paramref name="reference"/>: only a reference path is allowed (ResultPath).
    /// </summary>
    public static void Path(ValidationContext ctx, JObject obj, string field, string location, bool nullable = false, bool reference = false)
    {
        if (!obj.TryGetValue(field, out var value) || (nullable && value.IsNull))
        {
            return;
        }

        if (value is not JString s || !IsValidPath(s.Value, reference))
        {
            ctx.Error(
                JsonPointer.Child(location, field),
                reference ? ValidationMessages.InvalidReferencePath(field) : ValidationMessages.InvalidPath(field));
        }
    }

    /// <summary>A field that takes a JSONPath or an intrinsic function call (ErrorPath, CausePath).</summary>
    public static void PathOrIntrinsic(ValidationContext ctx, JObject obj, string field, string location)
    {
        if (!obj.TryGetValue(field, out var value))
        {
            return;
        }

        if (value is not JString s || !(IsValidIntrinsic(s.Value) || IsValidPath(s.Value, reference: false)))
        {
            ctx.Error(JsonPointer.Child(location, field), ValidationMessages.InvalidPathOrIntrinsic(field));
        }
    }

    /// <summary>A JSONata-state string field that is either a literal or a well-formed <c>{% %}</c> expression.</summary>
    public static void JsonataString(ValidationContext ctx, JObject obj, string field, string location)
    {
        if (!obj.TryGetValue(field, out var value))
        {
            return;
        }

        if (value is not JString)
        {
            ctx.Error(JsonPointer.Child(location, field), ValidationMessages.ExpectedString);
        }
        else
        {
            JsonataExpression(ctx, value, JsonPointer.Child(location, field), field);
        }
    }

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
