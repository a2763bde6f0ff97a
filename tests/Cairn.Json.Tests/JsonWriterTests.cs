namespace Cairn.Json.Tests;

public class JsonWriterTests
{
    [Theory]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("a\\b", "\"a\\\\b\"")]
    [InlineData("l1\nl2\rl3\tl4\bl5\f", "\"l1\\nl2\\rl3\\tl4\\bl5\\f\"")]
    [InlineData("\u0000\u0001\u0019", "\"\\u0000\\u0001\\u0019\"")]
    [InlineData("a/b", "\"a/b\"")]
    [InlineData("héllo ✓ 😀 \u2028", "\"héllo ✓ 😀 \u2028\"")]
    [InlineData("<tag>&'", "\"<tag>&'\"")]
    [InlineData("\u007f", "\"\u007f\"")]
    public void Escapes_only_what_json_requires(string value, string expected)
    {
        Assert.Equal(expected, new JString(value).ToJson());
        Assert.Equal(expected, JsonWriter.QuoteString(value));
    }

    [Fact]
    public void Escaped_text_parses_back_to_the_same_string()
    {
        var original = "q\" b\\ c\u0003 n\n é/😀";
        var written = new JString(original).ToJson();

        Assert.Equal(original, ((JString)JValue.Parse(written)).Value);
    }

    [Fact]
    public void Object_keys_are_escaped_too()
    {
        var obj = JObject.Create(("a\"b\n", JNumber.From(1)));

        Assert.Equal("{\"a\\\"b\\n\":1}", obj.ToJson());
    }

    [Fact]
    public void Compact_output_has_no_whitespace()
    {
        var value = JValue.Parse(""" { "a" : [ 1 , 2.5 , true , null ] , "b" : { } , "c" : [ ] } """);

        Assert.Equal("""{"a":[1,2.5,true,null],"b":{},"c":[]}""", value.ToJson());
        Assert.Equal(value.ToJson(), value.ToString());
    }

    [Fact]
    public void Indented_output_uses_two_spaces_and_keeps_empty_containers_inline()
    {
        var value = JValue.Parse("""{"a":[1,{"b":null}],"e":{},"f":[]}""");

        var expected = "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"e\": {},\n  \"f\": []\n}";
        Assert.Equal(expected, value.ToIndentedJson());
    }

    [Fact]
    public void Indented_scalars_are_written_plainly()
    {
        Assert.Equal("\"x\"", new JString("x").ToIndentedJson());
        Assert.Equal("1.0E7", JNumber.From(1e7).ToIndentedJson());
    }
}
