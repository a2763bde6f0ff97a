namespace Cairn.Json.Tests;

public class ParseTests
{
    [Fact]
    public void Parses_scalars_of_every_kind()
    {
        Assert.Same(JNull.Instance, JValue.Parse("null"));
        Assert.Same(JBool.True, JValue.Parse("true"));
        Assert.Same(JBool.False, JValue.Parse("false"));
        Assert.Equal("hi", Assert.IsType<JString>(JValue.Parse("\"hi\"")).Value);
        Assert.Same(JString.Empty, JValue.Parse("\"\""));
        var n = Assert.IsType<JNumber>(JValue.Parse("-42"));
        Assert.True(n.IsIntegral);
        Assert.Equal(-42, n.IntegerValue);
    }

    [Fact]
    public void Parses_nested_structures_in_order()
    {
        var value = JValue.Parse("""{"b":[1,{"c":null},[]],"a":{"d":true,"e":"x"},"z":{}}""");

        var obj = Assert.IsType<JObject>(value);
        Assert.Equal(new[] { "b", "a", "z" }, obj.Keys.ToArray());
        var b = Assert.IsType<JArray>(obj["b"]);
        Assert.Equal(3, b.Count);
        Assert.Equal(1, ((JNumber)b[0]).IntegerValue);
        Assert.True(((JObject)b[1])["c"]!.IsNull);
        Assert.Same(JArray.Empty, b[2]);
        Assert.Same(JObject.Empty, obj["z"]);
        Assert.Equal("x", ((JString)((JObject)obj["a"]!)["e"]!).Value);
    }

    [Fact]
    public void Decodes_string_escapes()
    {
        var s = Assert.IsType<JString>(JValue.Parse("\"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00\""));
        Assert.Equal("a\"b\\c/d\né😀", s.Value);
    }

    [Fact]
    public void Keeps_integers_beyond_64_bits_exactly()
    {
        const string big = "123456789012345678901234567890";
        var n = Assert.IsType<JNumber>(JValue.Parse(big));

        Assert.True(n.IsBigInteger);
        Assert.False(n.IsIntegral);
        Assert.False(n.IsFloatingPoint);
        Assert.Equal(big, n.ToJson());
        Assert.Equal(1.2345678901234568E29, n.DoubleValue);
    }

    [Fact]
    public void Long_boundaries_stay_integral()
    {
        var max = (JNumber)JValue.Parse("9223372036854775807");
        var min = (JNumber)JValue.Parse("-9223372036854775808");
        var over = (JNumber)JValue.Parse("9223372036854775808");

        Assert.True(max.IsIntegral);
        Assert.Equal(long.MaxValue, max.IntegerValue);
        Assert.True(min.IsIntegral);
        Assert.Equal(long.MinValue, min.IntegerValue);
        Assert.True(over.IsBigInteger);
        Assert.Equal("9223372036854775808", over.ToJson());
    }

    [Theory]
    [InlineData("1.5", 1.5, "1.5")]
    [InlineData("-0.25", -0.25, "-0.25")]
    [InlineData("1e2", 100.0, "100.0")]
    [InlineData("2.5E-3", 0.0025, "0.0025")]
    [InlineData("1.0", 1.0, "1.0")]
    public void Parses_doubles(string text, double expected, string written)
    {
        var n = Assert.IsType<JNumber>(JValue.Parse(text));

        Assert.True(n.IsFloatingPoint);
        Assert.Equal(expected, n.DoubleValue);
        Assert.Equal(written, n.ToJson());
    }

    [Fact]
    public void Duplicate_key_keeps_the_last_value_in_the_first_position()
    {
        var obj = (JObject)JValue.Parse("""{"a":1,"b":2,"a":3}""");

        Assert.Equal(2, obj.Count);
        Assert.Equal("a", obj[0].Key);
        Assert.Equal(3, ((JNumber)obj[0].Value).IntegerValue);
        Assert.Equal("""{"a":3,"b":2}""", obj.ToJson());
    }

    [Fact]
    public void Duplicate_keys_in_a_large_object_use_the_last_value()
    {
        var members = string.Join(",", Enumerable.Range(0, 20).Select(i => $"\"k{i}\":{i}"));
        var obj = (JObject)JValue.Parse("{" + members + ",\"k3\":\"again\",\"k19\":null}");

        Assert.Equal(20, obj.Count);
        Assert.Equal(3, obj.IndexOf("k3"));
        Assert.Equal("again", ((JString)obj["k3"]!).Value);
        Assert.True(obj["k19"]!.IsNull);
    }

    [Fact]
    public void Depth_limit_is_enforced()
    {
        static string Nested(int depth) => new string('[', depth) + new string(']', depth);

        Assert.IsType<JArray>(JValue.Parse(Nested(JsonParser.DefaultMaxDepth)));
        Assert.Throws<JsonParseException>(() => JValue.Parse(Nested(JsonParser.DefaultMaxDepth + 1)));
        Assert.IsType<JArray>(JValue.Parse(Nested(3), maxDepth: 3));
        Assert.Throws<JsonParseException>(() => JValue.Parse(Nested(4), maxDepth: 3));
    }

    [Theory]
    [InlineData("{\"a\":1,}", 1, 8)]
    [InlineData("[1,\n 2,\n x]", 3, 2)]
    [InlineData("{\"a\" 1}", 1, 6)]
    [InlineData("[1, 2", 1, 6)]
    [InlineData("1 2", 1, 3)]
    [InlineData("\"abc", 1, 5)]
    public void Malformed_input_reports_line_and_column(string text, long line, long column)
    {
        var e = Assert.Throws<JsonParseException>(() => JValue.Parse(text));

        Assert.Equal(line, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains($"line {line}, column {column}", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("// c\n1")]
    [InlineData("[1,]")]
    [InlineData("{'a':1}")]
    [InlineData("NaN")]
    [InlineData("01")]
    public void Rejects_invalid_json(string text)
    {
        Assert.Throws<JsonParseException>(() => JValue.Parse(text));
    }

    [Fact]
    public void TryParse_reports_the_error_instead_of_throwing()
    {
        Assert.False(JValue.TryParse("[1,", out var value, out var error));
        Assert.Same(JNull.Instance, value);
        Assert.NotNull(error);
        Assert.Contains("line 1", error);

        Assert.True(JValue.TryParse("[1]", out var ok, out var none));
        Assert.Null(none);
        Assert.Equal("[1]", ok.ToJson());
    }
}
