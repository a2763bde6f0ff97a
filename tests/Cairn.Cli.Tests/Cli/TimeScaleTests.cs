using System.Diagnostics;
using System.Globalization;
using Cairn.Cli.Tests.Support;

namespace Cairn.Cli.Tests.Cli;

public sealed class TimeScaleTests
{
    [Fact]
    public async Task Time_scale_0_finishes_a_long_wait_at_once_but_records_it_in_full()
    {
        using var dir = new TempFolder();
        var clock = Stopwatch.StartNew();
        var result = await CairnCli.RunAsync("run", dir.Write("d.json", Definitions.Wait(100000)), "--time-scale", "0", "--json", "--history");
        clock.Stop();

        Assert.Equal(0, result.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        var json = result.Json();
        Assert.Equal("SUCCEEDED", json.GetProperty("status").GetString());
        var start = DateTimeOffset.Parse(json.GetProperty("startDate").GetString()!, CultureInfo.InvariantCulture);
        var stop = DateTimeOffset.Parse(json.GetProperty("stopDate").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange((stop - start).TotalSeconds, 100000, 100010);
        Assert.Equal(["ExecutionStarted", "WaitStateEntered", "WaitStateExited", "ExecutionSucceeded"], History.Types(History.Of(json)));
    }

    [Theory]
    [InlineData("1")]
    [InlineData(null)]
    public async Task Time_scale_1_waits_for_real(string? scale)
    {
        using var dir = new TempFolder();
        var args = new List<string> { "run", dir.Write("d.json", Definitions.Wait(1)), "--json" };
        if (scale is not null)
        {
            args.AddRange(["--time-scale", scale]);
        }

        var clock = Stopwatch.StartNew();
        var result = await CairnCli.RunAsync([.. args]);
        clock.Stop();

        Assert.Equal(0, result.ExitCode);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"took only {clock.Elapsed}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Time_scale_0_skips_retry_delays()
    {
        var clock = Stopwatch.StartNew();
        // CaughtError waits 2 + 4 + 8 + 16 seconds between its attempts.
        var result = await CairnCli.RunExampleAsync("call-external-api", "CaughtError");
        clock.Stop();

        Assert.Equal(0, result.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }
}
