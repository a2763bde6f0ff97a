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
