using Cairn.Json;
using Cairn.Jsonata.Functions;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Functions;

public class StringCastTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(1d, "1")]
    [InlineData(-12.5, "-12.5")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(123456789012345678d, "123456789012345680")]
    [InlineData(1.2345678901234568e25, "1.2345678901234568e+25")]
    [InlineData(5e-324, "5e-324")]
    public void Formats_numbers_as_javascript(double value, string expected) =>
        Assert.Equal(expected, JavaScriptNumberFormat.Format(value));

    [Fact]
    public void Negative_zero_prints_as_zero() => Assert.Equal("0", JavaScriptNumberFormat.Format(-0d));

    [Theory]
    [InlineData(0.30000000000000004, "0.3")]
    [InlineData(1d / 3, "0.333333333333333")]
    [InlineData(1234567890123456.7, "1234567890123460")]
    [InlineData(123456789012345678d, "123456789012345680")]
    [InlineData(-0.000001234567890123456, "-0.00000123456789012346")]
    public void Rounds_fractions_to_fifteen_digits_for_strings(double value, string expected) =>
        Assert.Equal(expected, JavaScriptNumberFormat.FormatForString(value));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Formats_generated_numbers_as_the_rounding_rule_says(int seed)
    {
        // Integers around 2^53, fractions of every magnitude, and doubles from random bits.
        var random = new Random(seed);
        for (var i = 0; i < 20_000; i++)
        {
            var value = (i % 4) switch
            {
                0 => Math.Round((random.NextDouble() - 0.5) * Math.Pow(2, random.Next(0, 60))),
                1 => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-12, 25)),
                2 => BitConverter.Int64BitsToDouble(random.NextInt64()),
                _ => random.Next(-1000, 1000) / Math.Pow(10, random.Next(0, 8)),
            };
            if (!double.IsFinite(value))
            {
                continue;
            }

            var rounded = Math.Floor(value) == value
                ? value
                : double.Parse(value.ToString("E14", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(JavaScriptToString(rounded), JavaScriptNumberFormat.FormatForString(value));
            Assert.Equal(JavaScriptToString(value), JavaScriptNumberFormat.Format(value));
        }
    }

    /// <summary>ECMAScript's Number::toString from the shortest round-trip digits, written out step by step.</summary>
    private static string JavaScriptToString(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        var shortest = Math.Abs(value).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? shortest : shortest[..e];
        var exponent = e < 0 ? 0 : int.Parse(shortest[(e + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var digits = whole + (dot < 0 ? "" : mantissa[(dot + 1)..]);

        // n: where the decimal point sits after the first significant digit's position.
        var n = whole.Length + exponent;
        while (digits.Length > 1 && digits[0] == '0')
        {
            digits = digits[1..];
            n--;
        }

        digits = digits.TrimEnd('0');
        var k = digits.Length;
        var sign = value < 0 ? "-" : "";
        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        var exp = n - 1;
        return sign + digits[0] + (k > 1 ? "." + digits[1..] : "") + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Casts_structures_to_json_with_cast_numbers_and_empty_functions()
    {
        var value = J("""{"a":0.30000000000000004,"n":null,"s":"x\u0001\"","l":[true,false,[]],"o":{}}""");
        Assert.Equal("""{"a":0.3,"n":null,"s":"x\u0001\"","l":[true,false,[]],"o":{}}""", StringCast.Cast(value));
        Assert.Equal("", StringCast.Cast(Lambda("<x:x>", a => a[0])));
        Assert.Equal("abc", StringCast.Cast(S("abc")));
    }

    [Fact]
    public void Pretty_prints_with_two_spaces()
    {
        var value = J("""{"a":[1,{"b":2}],"e":[],"o":{}}""");
        Assert.Equal("{\n  \"a\": [\n    1,\n    {\n      \"b\": 2\n    }\n  ],\n  \"e\": [],\n  \"o\": {}\n}", StringCast.Cast(value, prettify: true));
    }

    [Fact]
    public void Escapes_unpaired_surrogates_in_json_but_not_line_separators() =>
        Assert.Equal("[\"\\ud800a\u2028\"]", StringCast.Cast(JArray.Create([S("\ud800a\u2028")])));

    [Fact]
    public void Infinite_numbers_cannot_be_cast()
    {
        Assert.Equal("D3001", Assert.Throws<JsonataException>(() => StringCast.Cast(JNumber.From(double.PositiveInfinity))).Code);
        Assert.Equal("D1001", Assert.Throws<JsonataException>(() => StringCast.Cast(JObject.Create(("inf", JNumber.From(double.PositiveInfinity))))).Code);
    }
}
