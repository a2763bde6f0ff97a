using System.Globalization;
using System.Numerics;

namespace Cairn.Json;

/// <summary>
/// A JSON number. Integral numbers that fit in 64 bits are kept exactly; all others are
/// IEEE doubles, except integers beyond 64 bits, which keep their exact text.
/// </summary>
public sealed class JNumber : JValue
{
    private static readonly JNumber[] SmallIntegers = CreateSmallIntegers();

    private readonly long _integer;
    private readonly double _double;
    private readonly string? _bigText;
    private readonly BigInteger _big;

    private JNumber(long value) : base(JsonKind.Number)
    {
        _integer = value;
        _double = value;
        IsIntegral = true;
    }

    private JNumber(double value) : base(JsonKind.Number)
    {
        _double = value;
    }

    private JNumber(BigInteger value) : base(JsonKind.Number)
    {
        _bigText = value.ToString(CultureInfo.InvariantCulture);
        _big = value;

        // Parsing the text rounds to the nearest double; the BigInteger conversion truncates.
        _double = double.Parse(_bigText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        IsBigInteger = true;
    }

    /// <summary>True when the number is an integer that fits in a <see cref="long"/>.</summary>
    public bool IsIntegral { get; }

    /// <summary>True when the number is an integer too large for a <see cref="long"/>.</summary>
    public bool IsBigInteger { get; }

    /// <summary>True when the number was written or computed as a floating-point value.</summary>
    public bool IsFloatingPoint => !IsIntegral && !IsBigInteger;

    public long IntegerValue => IsIntegral ? _integer : (long)_double;

    public double DoubleValue => _double;

    public static JNumber From(long value) =>
        value >= -16 && value < 256 ? SmallIntegers[value + 16] : new JNumber(value);

    public static JNumber From(int value) => From((long)value);

    public static JNumber From(double value) => new(value);

    public static JNumber From(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? From((long)value) : new JNumber(value);

    /// <summary>
    /// Creates the number a JSON literal denotes: integer literals stay integers,
    /// literals with a fraction or an exponent become doubles.
    /// </summary>
    public static JNumber FromLiteral(string text)
    {
        if (text.AsSpan().IndexOfAny('.', 'e', 'E') < 0)
        {
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            {
                return From(l);
            }

            return From(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        return From(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    /// <summary>The number as JSON text: integers plainly, doubles as Java's Double.toString writes them.</summary>
    public string ToLiteral()
    {
        if (IsIntegral)
        {
            return _integer.ToString(CultureInfo.InvariantCulture);
        }

        return _bigText ?? JavaDoubleFormat.Format(_double);
    }

    /// <summary>Numeric comparison across representations.</summary>
    public int CompareTo(JNumber other)
    {
        if (IsIntegral && other.IsIntegral)
        {
            return _integer.CompareTo(other._integer);
        }

        if (!IsFloatingPoint && !other.IsFloatingPoint)
        {
            return AsBigInteger().CompareTo(other.AsBigInteger());
        }

        return _double.CompareTo(other._double);
    }

    public bool NumericEquals(JNumber other) => CompareTo(other) == 0;

    private BigInteger AsBigInteger() => IsBigInteger ? _big : _integer;

    private static JNumber[] CreateSmallIntegers()
    {
        var all = new JNumber[16 + 256];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = new JNumber((long)(i - 16));
        }

        return all;
    }
}
