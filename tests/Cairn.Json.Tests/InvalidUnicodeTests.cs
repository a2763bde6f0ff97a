using System.Text;

namespace Cairn.Json.Tests;

/// <summary>JSON text must be valid Unicode: bad UTF-8 and unpaired surrogate escapes are parse errors with a position.</summary>
public class InvalidUnicodeTests
{
    [Theory]
    [InlineData("\"\\ud800\"", 1, 1)]
    [InlineData("\"\\udc00\"", 1, 1)]
    [InlineData("{\"a\":\"x\\ud83dy\"}", 1, 6)]
    [InlineData("{\"\\udfff\":1}", 1, 2)]
    [InlineData("[1,\n \"\\ud800\\u0041\"]", 2, 2)]
    [InlineData("\"\\ude00\\ud83d\"", 1, 1)]
    public void UnpairedSurrogateEscapesAreParseErrors(string text, long line, long column)
    {
        var error = Assert.Throws<JsonParseException>(() => JValue.Parse(text));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith("Unpaired surrogate in escape '\\u", error.Reason);
        Assert.Contains($"line {line}, column {column}", error.Message);
    }

    [Fact]
    public void PairedSurrogateEscapesDecode()
    {
        Assert.Equal("😀", ((JString)JValue.Parse("\"\\ud83d\\ude00\"")).Value);
        Assert.Equal("😀", ((JString)JValue.Parse("\"\\uD83D\\uDE00\"")).Value);
    }

    [Theory]
    [InlineData(new byte[] { 0xff }, "Invalid UTF-8 start byte 0xff")]
    [InlineData(new byte[] { 0x80 }, "Invalid UTF-8 start byte 0x80")]
    [InlineData(new byte[] { 0xc3, 0x28 }, "Invalid UTF-8 middle byte 0x28")]
    [InlineData(new byte[] { 0xe0, 0x80, 0x80 }, "Invalid UTF-8 sequence for code point 0x0")]
    [InlineData(new byte[] { 0xed, 0xb0, 0x80 }, "Invalid UTF-8 sequence for code point 0xdc00")]
    [InlineData(new byte[] { 0xf4, 0x90, 0x80, 0x80 }, "Invalid UTF-8 sequence for code point 0x110000")]
    public void InvalidUtf8InStringsIsAParseError(byte[] bad, string reason)
    {
        var text = Encoding.UTF8.GetBytes("{\"k\":\"ab").Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var error = Assert.Throws<JsonParseException>(() => JsonParser.Parse(text));
        Assert.Equal(reason, error.Reason);
        Assert.Equal((1L, 6L), (error.Line, error.Column));
    }

    [Fact]
    public void InvalidUtf8OutsideStringsIsASyntaxError()
    {
        var error = Assert.Throws<JsonParseException>(() => JsonParser.Parse(new byte[] { (byte)'[', 0xff, (byte)']' }));
        Assert.Null(error.Reason);
    }

    [Fact]
    public void UnpairedSurrogateCharactersInDotNetStringsBecomeReplacementCharacters()
    {
        // A .NET string cut inside a pair cannot be sent as UTF-8; the encoder substitutes U+FFFD.
        Assert.Equal("a\ufffd", ((JString)JValue.Parse("\"a\ud800\"")).Value);
    }

    [Fact]
    public void DuplicateMembersKeepTheLastValue()
    {
        var obj = (JObject)JValue.Parse("""{"a":1,"b":2,"a":3}""");
        Assert.Equal(3, ((JNumber)obj["a"]!).IntegerValue);
        Assert.Equal(2, obj.Count);
    }

    [Fact]
    public void TheDecoderTakesUnpairedSurrogatesOnlyWhenAsked()
    {
        var raw = Encoding.ASCII.GetBytes("x\\ud800y");
        Assert.False(JsonStrings.TryDecode(raw, allowUnpairedSurrogates: false, out _, out var error));
        Assert.Equal("Unpaired surrogate in escape '\\ud800': JSON text must be valid Unicode", error);
        Assert.True(JsonStrings.TryDecode(raw, allowUnpairedSurrogates: true, out var value, out _));
        Assert.Equal("x\ud800y", value);
        Assert.Equal(1, JsonStrings.IndexOfUnpairedSurrogate(value));
        Assert.Equal(-1, JsonStrings.IndexOfUnpairedSurrogate("a😀b"));
    }

    [Theory]
    [InlineData("a\\q", "Unrecognized character escape 'q' (code 113)")]
    [InlineData("a\\u12", "Unexpected character in \\u escape: expected a hex-digit for character escape sequence")]
    [InlineData("a\\", "Unexpected end-of-input in character escape sequence")]
    public void TheDecoderNamesBadEscapes(string raw, string expected)
    {
        Assert.False(JsonStrings.TryDecode(Encoding.ASCII.GetBytes(raw), allowUnpairedSurrogates: true, out _, out var error));
        Assert.Equal(expected, error);
    }
}
