using Cairn.Json;
using static Cairn.Jsonata.Tests.Functions.FunctionTestContext;

namespace Cairn.Jsonata.Tests.Formatting;

/// <summary>The function-tomillis and function-fromMillis cases of the JSONata suite, called directly.</summary>
public class DateTimeSuiteTests
{
    private static JValue?[] Arguments(string timestamp, string? picture) => picture is null ? [S(timestamp)] : [S(timestamp), S(picture)];

    [Theory]
    [InlineData("1970-01-01T00:00:00.001Z", null, 1L)]
    [InlineData("2017-10-30", null, 1509321600000L)]
    [InlineData("2017-10-30T15:28:34Z", null, 1509377314000L)]
    [InlineData("2018", null, 1514764800000L)]
    [InlineData("201802", "[Y0001][M01]", 1517443200000L)]
    [InlineData("201802", "[Y,*-4][M01]", 1517443200000L)]
    [InlineData("20180205", "[Y0001][M01][D01]", 1517788800000L)]
    [InlineData("2018", "[Y1]", 1514764800000L)]
    [InlineData("2018-03-27", "[Y1]-[M01]-[D01]", 1522108800000L)]
    [InlineData("2018-03-27T14:03:00.123Z", "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001]Z", 1522159380123L)]
    [InlineData("27th 3 1976", "[D1o] [M#1] [Y0001]", 196732800000L)]
    [InlineData("21st 12 1881", "[D1o] [M01] [Y0001]", -2777932800000L)]
    [InlineData("2nd 12 2012", "[D1o] [M01] [Y0001]", 1354406400000L)]
    [InlineData("MCMLXXXIV", "[YI]", 441763200000L)]
    [InlineData("27 03 MMXVIII", "[D1] [M01] [YI]", 1522108800000L)]
    [InlineData("27 iii MMXVIII", "[D1] [Mi] [YI]", 1522108800000L)]
    [InlineData("w C mmxviii", "[Da] [MA] [Yi]", 1521763200000L)]
    [InlineData("ae C mmxviii", "[Da] [MA] [Yi]", 1522454400000L)]
    [InlineData("27th April 2008", "[D1o] [MNn] [Y0001]", 1209254400000L)]
    [InlineData("21 August 2017", "[D1] [MNn] [Y0001]", 1503273600000L)]
    [InlineData("2 Feb 2012", "[D1] [MNn,3-3] [Y0001]", 1328140800000L)]
    [InlineData("one thousand, nine hundred and eighty-four", "[Yw]", 441763200000L)]
    [InlineData("nineteen hundred and eighty-four", "[Yw]", 441763200000L)]
    [InlineData("twenty-seven April 2008", "[Dw] [MNn] [Y0001]", 1209254400000L)]
    [InlineData("twenty-seventh April 2008", "[Dw] [MNn] [Y0001]", 1209254400000L)]
    [InlineData("twenty-first August two thousand and seventeen", "[Dw] [MNn] [Yw]", 1503273600000L)]
    [InlineData("TWENTY-SECOND August two thousand and seventeen", "[DW] [MNn] [Yw]", 1503360000000L)]
    [InlineData("Twentieth of August, two thousand and seventeen", "[DW] of [MNn], [Yw]", 1503187200000L)]
    [InlineData("4/4/2018 12:06 am", "[D1]/[M1]/[Y0001] [h]:[m] [P]", 1522800360000L)]
    [InlineData("4/4/2018 06:30 am", "[D1]/[M1]/[Y0001] [h]:[m] [P]", 1522823400000L)]
    [InlineData("4/4/2018 12:06 pm", "[D1]/[M1]/[Y0001] [h]:[m] [P]", 1522843560000L)]
    [InlineData("4/4/2018 11:30 pm", "[D1]/[M1]/[Y0001] [h]:[m] [P]", 1522884600000L)]
    [InlineData("2018-094", "[Y0001]-[d001]", 1522800000000L)]
    public void ToMillis_reads(string timestamp, string? picture, long expected) =>
        Assert.Equal(expected, Assert.IsType<JNumber>(Call("toMillis", Arguments(timestamp, picture))).IntegerValue);

    [Theory]
    [InlineData("Wednesday, 14th November 2018", "[FNn], [D1o] [MNn] [Y]", "2018-11-14T00:00:00.000Z")]
    [InlineData("Mon, Twelfth November 2018", "[FNn,*-3], [DWwo] [MNn] [Y]", "2018-11-12T00:00:00.000Z")]
    [InlineData("2018--180", "[Y]--[d]", "2018-06-29T00:00:00.000Z")]
    [InlineData("three hundred and sixty-fifth day of 2018", "[dwo] day of [Y]", "2018-12-31T00:00:00.000Z")]
    [InlineData("2020-09-09 08:00:00 +02:00", "[Y0001]-[M01]-[D01] [H01]:[m01]:[s01] [Z]", "2020-09-09T06:00:00.000Z")]
    [InlineData("2020-09-09 08:00:00 GMT-05:00", "[Y0001]-[M01]-[D01] [H01]:[m01]:[s01] [z]", "2020-09-09T13:00:00.000Z")]
    [InlineData("2020-09-09 12:00:00 +05:30", "[Y0001]-[M01]-[D01] [H01]:[m01]:[s01] [Z]", "2020-09-09T06:30:00.000Z")]
    [InlineData("2020-09-09 12:00:00 GMT-5", "[Y0001]-[M01]-[D01] [H01]:[m01]:[s01] [z01]", "2020-09-09T17:00:00.000Z")]
    [InlineData("2020-09-09 12:00:00 +0530", "[Y0001]-[M01]-[D01] [H01]:[m01]:[s01] [Z0001]", "2020-09-09T06:30:00.000Z")]
    [InlineData("2026-04-08T19:05:04.01987", "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f1]", "2026-04-08T19:05:04.019Z")]
    public void ToMillis_then_fromMillis(string timestamp, string? picture, string expected)
    {
        var millis = Call("toMillis", Arguments(timestamp, picture));
        Assert.Equal(expected, Assert.IsType<JString>(Call("fromMillis", millis)).Value);
    }

    [Theory]
    [InlineData("Hello", "Hello")]
    [InlineData("irrelevent string", "[Y]-[M]-[D]")]
    public void ToMillis_gives_undefined(string timestamp, string? picture) => Assert.Null(Call("toMillis", Arguments(timestamp, picture)));

    [Theory]
    [InlineData("foo", null, "D3110")]
    [InlineData("01-02-2018", null, "D3110")]
    [InlineData("2018-05-22", "[Y]-[M]-[q]", "D3132")]
    [InlineData("2018-05-22", "[YN]-[M]-[D]", "D3133")]
    [InlineData("2018-22", "[Y]-[D]", "D3136")]
    [InlineData("5-22 23:59", "[M]-[D] [m]:[s]", "D3136")]
    [InlineData("2018-3-2-5", "[X]-[x]-[w]-[F1]", "D3136")]
    [InlineData("2018-32-5", "[X]-[W]-[F1]", "D3136")]
    public void ToMillis_rejects(string timestamp, string? picture, string code) =>
        AssertError(code, () => Call("toMillis", Arguments(timestamp, picture)));

    [Theory]
    [InlineData("2005-01-01", "[X0001]-W[W01]-[F1]", "2004-W53-6")]
    [InlineData("2005-01-02", "[X0001]-W[W01]-[F1]", "2004-W53-7")]
    [InlineData("2005-12-31", "[X0001]-W[W01]-[F1]", "2005-W52-6")]
    [InlineData("2006-01-01", "[X0001]-W[W01]-[F1]", "2005-W52-7")]
    [InlineData("2006-01-02", "[X0001]-W[W01]-[F1]", "2006-W01-1")]
    [InlineData("2006-12-31", "[X0001]-W[W01]-[F1]", "2006-W52-7")]
    [InlineData("2007-01-01", "[X0001]-W[W01]-[F1]", "2007-W01-1")]
    [InlineData("2007-12-30", "[X0001]-W[W01]-[F1]", "2007-W52-7")]
    [InlineData("2007-12-31", "[X0001]-W[W01]-[F1]", "2008-W01-1")]
    [InlineData("2008-01-01", "[X0001]-W[W01]-[F1]", "2008-W01-2")]
    [InlineData("2008-12-28", "[X0001]-W[W01]-[F1]", "2008-W52-7")]
    [InlineData("2008-12-29", "[X0001]-W[W01]-[F1]", "2009-W01-1")]
    [InlineData("2008-12-30", "[X0001]-W[W01]-[F1]", "2009-W01-2")]
    [InlineData("2008-12-31", "[X0001]-W[W01]-[F1]", "2009-W01-3")]
    [InlineData("2009-01-01", "[X0001]-W[W01]-[F1]", "2009-W01-4")]
    [InlineData("2009-12-31", "[X0001]-W[W01]-[F1]", "2009-W53-4")]
    [InlineData("2010-01-01", "[X0001]-W[W01]-[F1]", "2009-W53-5")]
    [InlineData("2010-01-02", "[X0001]-W[W01]-[F1]", "2009-W53-6")]
    [InlineData("2010-01-03", "[X0001]-W[W01]-[F1]", "2009-W53-7")]
    public void FromMillis_writes_iso_week_dates(string date, string picture, string expected)
    {
        var millis = Call("toMillis", S(date), S("[Y]-[M]-[D]"));
        Assert.Equal(expected, Assert.IsType<JString>(Call("fromMillis", millis, S(picture))).Value);
    }

    [Theory]
    [InlineData(1L, "1970-01-01T00:00:00.001Z")]
    [InlineData(1509380732935L, "2017-10-30T16:25:32.935Z")]
    public void FromMillis_defaults_to_iso8601(long millis, string expected) =>
        Assert.Equal(expected, Assert.IsType<JString>(Call("fromMillis", N(millis))).Value);

    [Fact]
    public void Compact_picture_reads_the_same_instant_as_iso8601()
    {
        var iso = Call("toMillis", S("2024-01-01T12:38:49Z"));
        var compact = Call("toMillis", S("20240101123849"), S("[Y0000][M00][D00][H00][m00][s00]"));
        Assert.Equal(Assert.IsType<JNumber>(iso).IntegerValue, Assert.IsType<JNumber>(compact).IntegerValue);
    }

    [Fact]
    public void Time_only_takes_todays_date_and_zero_seconds()
    {
        var context = new Functions.FunctionTestContext();
        var millis = context.Invoke("toMillis", S("13:45"), S("[H]:[m]"));
        var text = Assert.IsType<JString>(context.Invoke("fromMillis", millis)).Value;
        var today = Assert.IsType<JString>(context.Invoke("now")).Value;
        Assert.Equal(today[..today.IndexOf('T')] + "T13:45:00.000Z", text);
    }

    [Fact]
    public void Undefined_input_gives_undefined()
    {
        Assert.Null(Call("toMillis", [null]));
        Assert.Null(Call("toMillis", null, S("pic")));
        Assert.Null(Call("fromMillis", [null]));
    }
}
