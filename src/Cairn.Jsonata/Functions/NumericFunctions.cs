using System.Globalization;
using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary>JSONata's numeric functions. Numbers are doubles; a result that is not finite is an error.</summary>
internal static class NumericFunctions
{
    public static void Register(FunctionTable table)
    {
        table.Add("number", "<(nsb)-:n>", (_, a) => a.At(0) is { } value ? NumberCast.Cast(value) : null);
        table.Add("abs", "<n-:n>", (_, a) => Map(a, Math.Abs));
        table.Add("floor", "<n-:n>", (_, a) => Map(a, Math.Floor));
        table.Add("ceil", "<n-:n>", (_, a) => Map(a, Math.Ceiling));
        table.Add("round", "<n-n?:n>", (_, a) => a.NumberAt(0) is { } n ? Result(Round(n, (int)(a.NumberAt(1) ?? 0))) : null);
        table.Add("power", "<n-n:n>", (_, a) => Power(a));
        table.Add("sqrt", "<n-:n>", (_, a) => Sqrt(a));
        table.Add("random", "<:n>", (context, _) => Result(context.Random.NextDouble()));
    }

    /// <summary>The JSON number for a finite result, with -0 written as 0 as JSONata prints it.</summary>
    internal static JNumber Result(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new JsonataException("D1001", "Number out of range: " + value.ToString(CultureInfo.InvariantCulture));
        }

        return Numbers.From(value == 0 ? 0 : value);
    }

    /// <summary>
    /// Rounds half to even at <paramref name="precision"/> decimal places (negative rounds to tens,
    /// hundreds...). The decimal point is moved in the number's shortest decimal text rather than
    /// by multiplying, so 2.675 rounds to 2.68 as it reads, not as its binary value would.
    /// </summary>
    internal static double Round(double value, int precision)
    {
        var shifted = precision == 0 ? value : ShiftDecimalPoint(value, precision);
        var rounded = Math.Round(shifted, MidpointRounding.ToEven);
        return precision == 0 ? rounded : ShiftDecimalPoint(rounded, -precision);
    }

    private static double ShiftDecimalPoint(double value, int places)
    {
        var text = JavaScriptNumberFormat.Format(value);
        var e = text.IndexOf('e');
        var exponent = places;
        if (e >= 0)
        {
            exponent += int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        return double.Parse(text + "e" + exponent.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static JNumber? Map(JValue?[] a, Func<double, double> operation) =>
        a.NumberAt(0) is { } n ? Result(operation(n)) : null;

    private static JNumber? Power(JValue?[] a)
    {
        if (a.NumberAt(0) is not { } x || a.NumberAt(1) is not { } y)
        {
            return null;
        }

        var result = Math.Pow(x, y);
        if (!double.IsFinite(result))
        {
            throw new JsonataException(
                "D3061",
                $"The power function has resulted in a value that cannot be represented as a JSON number: base={JavaScriptNumberFormat.Format(x)}, exponent={JavaScriptNumberFormat.Format(y)}",
                token: "power");
        }

        return Result(result);
    }

    private static JNumber? Sqrt(JValue?[] a)
    {
        if (a.NumberAt(0) is not { } n)
        {
            return null;
        }

        if (n < 0)
        {
            throw new JsonataException("D3060", "The sqrt function cannot be applied to a negative number: " + JavaScriptNumberFormat.Format(n), token: "sqrt");
        }

        return Result(Math.Sqrt(n));
    }
}
