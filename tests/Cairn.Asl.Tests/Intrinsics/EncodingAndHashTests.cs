using static Cairn.Asl.Tests.Intrinsics.IntrinsicTestHelper;

namespace Cairn.Asl.Tests.Intrinsics;

public sealed class EncodingAndHashTests
{
    [Theory]
    [InlineData("States.Base64Encode('Data to encode')", "\"RGF0YSB0byBlbmNvZGU=\"")]
    [InlineData("States.Base64Encode('')", "\"\"")]
    [InlineData("States.Base64Encode('✓')", "\"4pyT\"")]
    public void Base64Encode(string call, string expected) => Assert.Equal(expected, EvalJson(call));

    [Theory]
    [InlineData("States.Base64Decode('RGF0YSB0byBlbmNvZGU=')", "\"Data to encode\"")]
    [InlineData("States.Base64Decode('')", "\"\"")]
    [InlineData("States.Base64Decode('44GT44KT44Gr44Gh44Gv')", "\"こんにちは\"")]
    [InlineData("States.Base64Decode(' YWJjZA== ')", "\"abcd\"")]
    [InlineData("States.Base64Decode('YWJjZA')", "\"abcd\"")]
    [InlineData("States.Base64Decode('YWJjAGRlZg==')", "\"abc\\u0000def\"")]
    [InlineData("States.Base64Decode(States.Base64Encode('round trip'))", "\"round trip\"")]
    public void Base64Decode(string call, string expected) => Assert.Equal(expected, EvalJson(call));

    [Theory]
    [InlineData("States.Base64Decode(123)", "States.Base64Decode")]
    [InlineData("States.Base64Decode('a')", "States.Base64Decode")]
    [InlineData("States.Base64Encode(null)", "States.Base64Encode")]
    public void Base64_rejects(string call, string name) => ArrayFunctionsTests.AssertInvalid(call, name);

    [Fact]
    public void Base64_limits_input_to_10000_characters()
    {
        var ok = $"{{\"s\":\"{new string('a', 10000)}\"}}";
        var tooLong = $"{{\"s\":\"{new string('a', 10001)}\"}}";
        Assert.NotNull(Eval("States.Base64Encode($.s)", ok));
        ArrayFunctionsTests.AssertInvalidWithInput("States.Base64Encode($.s)", tooLong, "States.Base64Encode");
        ArrayFunctionsTests.AssertInvalidWithInput("States.Base64Decode($.s)", tooLong, "States.Base64Decode");
    }

    [Theory]
    [InlineData("MD5", "812f45842bc6d66ee14572ce20db8e86")]
    [InlineData("SHA-1", "aaff4a450a104cd177d28d18d74485e8cae074b7")]
    [InlineData("SHA-256", "b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3")]
    [InlineData("SHA-384", "d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562")]
    [InlineData("SHA-512", "6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4")]
    public void Hash(string algorithm, string expected) =>
        Assert.Equal($"\"{expected}\"", EvalJson($"States.Hash('input data', '{algorithm}')"));

    [Theory]
    [InlineData("States.Hash('x', 'sha-256')")]
    [InlineData("States.Hash('x', 'SHA256')")]
    [InlineData("States.Hash('x', 'MD-5')")]
    [InlineData("States.Hash('x', '')")]
    [InlineData("States.Hash('x', 123)")]
    public void Hash_rejects_unknown_algorithms(string call) => ArrayFunctionsTests.AssertInvalid(call, "States.Hash");

    [Fact]
    public void Hash_limits_data_to_10000_characters()
    {
        Assert.NotNull(Eval("States.Hash($.s, 'MD5')", $"{{\"s\":\"{new string('a', 10000)}\"}}"));
        ArrayFunctionsTests.AssertInvalidWithInput("States.Hash($.s, 'MD5')", $"{{\"s\":\"{new string('a', 10001)}\"}}", "States.Hash");
    }
}
