using Cairn.Json;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Formatting;

public class DateTimeFormatterTests
{
    private const double Friday23March2018 = 1521801216617; // 2018-03-23T10:33:36.617Z

    private static string FromMillis(double millis, string? picture = null, string? timezone = null)
    {
        JValue?[] args = timezone is not null ? [N(millis), picture is null ? null : S(picture), S(timezone)]
            : picture is not null ? [N(millis), S(picture)]
            : [N(millis)];
        return Assert.IsType<JString>(Call("fromMillis", args)).Value;
    }

    [Theory]
    [InlineData("[Y01]", "18")]
    [InlineData("[Y,2]", "18")]
    [InlineData("[Y0001,2]", "2018")]
    [InlineData("[Y,2-2]", "18")]
    [InlineData("[Y001]", "018")]
    [InlineData("[Y00001]", "02018")]
    [InlineData("[Y#1]", "18")]
    [InlineData("[Y##1]", "18")]
    [InlineData("[Y#001]", "2018")]
    [InlineData("[Y,3]", "018")]
    [InlineData("[Y,5-6]", "002018")]
    [InlineData("[Y01,1-3]", "018")]
    [InlineData("[Y001,*-2]", "18")]
    [InlineData("[Yw]", "two thousand and eighteen")]
    [InlineData("[YI]", "MMXVIII")]
    [InlineData("[Yi,1-2]", "xviii")]
    [InlineData("[Y1o]", "2018th")]
    [InlineData("[D1o] [MNn] [Y]", "23rd March 2018")]
    [InlineData("[Dwo] [MNn,3-3] [Y]", "twenty-third Mar 2018")]
    [InlineData("[FNn], [Dwo] [MN] [Y]", "Friday, twenty-third MARCH 2018")]
    [InlineData("[FN,3-3] [Fn,2-2] [F] [F1] [F01] [Fw]", "FRI fr friday 5 05 five")]
    [InlineData("[H]:[m]:[s].[f] [h] [P] [PN] [Pn]", "10:33:36.617 10 am AM am")]
    [InlineData("[f0001] [f01]", "0617 617")]
    [InlineData("[E] [C]", "ISO ISO")]
    [InlineData("[d] [d001] [W] [w] [X] [x] [xNn]", "82 082 12 4 2018 3 March")]
    [InlineData("[Mi] [MA] [Ma] [MI,3] [M,3]", "iii C c III 003")]
    [InlineData("[M,2] [M,1-1] [M,3-4] [M01,1-1] [D,3-3]", "03 3 003 03 023")]
    [InlineData("[MNn,*-2] [MNn,10] [MNn,1-1] [FNn,2]", "Ma March M Friday")]
    [InlineData("[[[Y]]]", "[2018]")]
    [InlineData("[M#1] [M#01]", "3 03")]
    [InlineData("[DWwo] [DIo] [Dao] [D1t] [MNo] [Hw]", "Twenty-Third XXIII w 23 MARCH ten")]
    [InlineData("[D١]", "٢٣")]
    public void Formats_components(string picture, string expected) => Assert.Equal(expected, FromMillis(Friday23March2018, picture));

    [Theory]
    [InlineData("[Z]", "+0000", "+00:00")]
    [InlineData("[Z0]", "+0000", "+0")]
    [InlineData("[Z0000]", "+0000", "+0000")]
    [InlineData("[Z01t]", "+0000", "Z")]
    [InlineData("[z]", "+0000", "GMT+00:00")]
    [InlineData("[Z0]", "+0130", "+1:30")]
    [InlineData("[Z00]", "+0130", "+01:30")]
    [InlineData("[Z000]", "+0130", "+130")]
    [InlineData("[Z0000]", "+0130", "+0130")]
    [InlineData("[Z0:00]", "+1130", "+11:30")]
    [InlineData("[z01]", "+1100", "GMT+11")]
    [InlineData("[H]:[m] [Z]", "+0530", "5:30 +05:30")]
    [InlineData("[H]:[m] [Z]", "-0100", "23:00 -01:00")]
    [InlineData("[H]:[m] [Z]", "-0530", "18:30 -05:30")]
    [InlineData("[H]:[m] [Z]", "0100", "1:00 +01:00")]
    public void Formats_timezones(string picture, string timezone, string expected) => Assert.Equal(expected, FromMillis(0, picture, timezone));

    [Theory]
    [InlineData("[Zt]")]
    [InlineData("[ZN]")]
    [InlineData("[Z010101]")]
    public void Rejects_timezone_pictures(string picture) => AssertError("D3134", () => FromMillis(0, picture));

    [Theory]
    [InlineData("[Y", "D3135")]
    [InlineData("[q]", "D3132")]
    [InlineData("[Dn]", "D3133")]
    [InlineData("[Mo]", "D3130")]
    [InlineData("[Dk]", "D3130")]
    public void Rejects_pictures(string picture, string code) => AssertError(code, () => FromMillis(0, picture));

    [Theory]
    [InlineData(-1521801216617d, "1921-10-11T13:26:23.383Z")]
    [InlineData(1521801216617.7d, "2018-03-23T10:33:36.617Z")]
    [InlineData(-62198755200000d, "-0001-01-01T00:00:00.000Z")]
    public void Default_picture_is_iso8601(double millis, string expected) => Assert.Equal(expected, FromMillis(millis));

    [Fact]
    public void Timezone_applies_to_the_default_picture() =>
        Assert.Equal("2018-03-23T11:33:36.617+01:00", FromMillis(Friday23March2018, null, "+0100"));

    [Fact]
    public void Now_and_millis_read_the_evaluation_clock()
    {
        var context = new Functions.FunctionTestContext();
        Assert.Equal("2024-01-02T03:04:05.000Z", Assert.IsType<JString>(context.Invoke("now")).Value);
        Assert.Equal("2024", Assert.IsType<JString>(context.Invoke("now", S("[Y]"))).Value);
        Assert.Equal("04:04", Assert.IsType<JString>(context.Invoke("now", S("[H01]:[m01]"), S("+0100"))).Value);
        Assert.Equal(context.Now.ToUnixTimeMilliseconds(), Assert.IsType<JNumber>(context.Invoke("millis")).IntegerValue);
    }
}
