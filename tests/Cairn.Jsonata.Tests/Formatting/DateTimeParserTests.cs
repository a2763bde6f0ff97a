using Cairn.Json;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Formatting;

public class DateTimeParserTests
{
    private static JValue? ToMillis(string timestamp, string? picture = null) =>
        new Functions.FunctionTestContext().Invoke("toMillis", picture is null ? [S(timestamp)] : [S(timestamp), S(picture)]);

    private static long Millis(string timestamp, string? picture = null) => Assert.IsType<JNumber>(ToMillis(timestamp, picture)).IntegerValue;

    [Theory]
    [InlineData("2018-03", 1519862400000)]
    [InlineData("2018-03-27T10:00:00", 1522144800000)]
    [InlineData("2018-03-27T10:00:00+01:00", 1522141200000)]
    [InlineData("2018-03-27T10:00:00-01:30", 1522150200000)]
    [InlineData("2018-03-27T10:00:00+0100", 1522141200000)]
    [InlineData("2018-03-27T10:00:00.1239Z", 1522144800123)]
    [InlineData("2018-02-30", 1519948800000)]
    [InlineData("2018-03-27T24:00:00Z", 1522195200000)]
    [InlineData("2018-03-27Z", 1522108800000)]
    [InlineData("0000-01-01", -62167219200000)]
    public void Reads_iso8601(string timestamp, long expected) => Assert.Equal(expected, Millis(timestamp));

    [Theory]
    [InlineData("2018-03-27T10:00")]
    [InlineData("2018-03-27 10:00:00Z")]
    [InlineData("20180327")]
    [InlineData("2018-3-27")]
    [InlineData("2018-03-27T10:00:60Z")]
    [InlineData("2018-03-27T10:00:00.Z")]
    [InlineData("2018-03-27\n")]
    [InlineData("")]
    public void Rejects_other_timestamps(string timestamp) =>
        Assert.Equal(
            $"The argument of the toMillis function must be an ISO 8601 formatted timestamp. Given {new JString(timestamp).ToJson()}",
            AssertError("D3110", () => ToMillis(timestamp)).Message);

    [Theory]
    [InlineData("2018-00-27")]
    [InlineData("2018-03-32")]
    [InlineData("2018-03-27T25:00:00Z")]
    [InlineData("2018-03-27T10:00:00+25:00")]
    public void Timestamps_naming_no_instant_are_null(string timestamp) => Assert.Same(JNull.Instance, ToMillis(timestamp));

    [Theory]
    [InlineData("2018-3-7", "[Y0001]-[M01]-[D01]", 1520380800000)]
    [InlineData("2018-13-01", "[Y]-[M]-[D]", 1546300800000)]
    [InlineData("12 pm", "[h] [P]", 1704196800000)]
    [InlineData("12", "[h]", 1704153600000)]
    [InlineData("5 PM", "[h] [P]", 1704214800000)]
    [InlineData("2018-3", "[Y]-[d]", 1514937600000)]
    [InlineData("2018-03-27 +1:00", "[Y]-[M]-[D] [Z]", 1522105200000)]
    [InlineData("2018-03-27 -05:30", "[Y]-[M]-[D] [Z]", 1522128600000)]
    [InlineData("2000-01-01T10:00:00Z", "[Y]-[M]-[D]T[H]:[m]:[s][Z01:01t]", 946720800000)]
    [InlineData("2018-03-27T10:11:12.345+02:00", "[Y]-[M]-[D]T[H]:[m]:[s].[f][Z]", 1522138272345)]
    [InlineData("2018-March-27", "[Y]-[Mn]-[D]", 1522108800000)]
    [InlineData("2018-3rd-27", "[Y]-[M1o]-[D]", 1522108800000)]
    [InlineData("2018-THREE-27", "[Y]-[Mw]-[D]", 1522108800000)]
    [InlineData("2018-c-27", "[Y]-[Ma]-[D]", 1522108800000)]
    [InlineData("2018-03-27 Monday", "[Y]-[M]-[D] [FNn]", 1522108800000)]
    [InlineData("[2018]", "[[[Y]]]", 1514764800000)]
    [InlineData("2018 12", "[Y] [W]", 1514764800000)]
    [InlineData("12", "[s]", 1704164652000)]
    [InlineData("12", "[f]", 1704164645120)]
    public void Reads_pictures(string timestamp, string picture, long expected) => Assert.Equal(expected, Millis(timestamp, picture));

    [Theory]
    [InlineData("2018-03-27xyz", "[Y]-[M]-[D]")]
    [InlineData("xyz2018-03-27", "[Y]-[M]-[D]")]
    [InlineData("5 P.M.", "[h] [P]")]
    [InlineData("xx", "[Y]-[D]")]
    [InlineData("2018-Foo-27", "[Y]-[MNn]-[D]")]
    public void Text_not_matching_the_picture_is_undefined(string timestamp, string picture) => Assert.Null(ToMillis(timestamp, picture));

    [Theory]
    [InlineData("2018 10", "[Y] [H]")]
    [InlineData("2018-03-27 10:30", "[Y]-[M]-[D] [m]:[s]")]
    [InlineData("2018-03-27 10 500", "[Y]-[M]-[D] [H] [f]")]
    [InlineData("2018", "[X]")]
    public void Gaps_in_the_components_are_D3136(string timestamp, string picture) => AssertError("D3136", () => ToMillis(timestamp, picture));
}
