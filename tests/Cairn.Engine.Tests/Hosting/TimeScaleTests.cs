using Cairn.Engine.Hosting;

namespace Cairn.Engine.Tests.Hosting;

/// <summary>Virtual time becomes real time in one place, for durable and in-process executions alike.</summary>
public class TimeScaleTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 60, 60)]
    [InlineData(0.1, 60, 6)]
    [InlineData(0, 60, 0)]
    [InlineData(2, 60, 120)]
    [InlineData(1, -5, 0)]
    public void A_delay_is_waited_at_the_scale(double scale, double virtualSeconds, double realSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(realSeconds), new TimeScale(scale).RealDelay(TimeSpan.FromSeconds(virtualSeconds)));
    }

    [Fact]
    public void A_timer_comes_due_after_the_scaled_delay_and_one_already_due_at_once()
    {
        var scale = new TimeScale(0.5);
        Assert.Equal(Now.AddSeconds(30), scale.RealDue(Now.AddSeconds(60), Now));
        Assert.Equal(Now.AddSeconds(-5), scale.RealDue(Now.AddSeconds(-5), Now));
        Assert.Equal(Now.AddSeconds(60), TimeScale.RealTime.RealDue(Now.AddSeconds(60), Now));
        Assert.Equal(Now, new TimeScale(0).RealDue(Now.AddDays(3), Now));
    }

    [Fact]
    public void The_in_process_clock_waits_as_the_scale_says()
    {
        var clock = new ScaledClock(new TimeScale(0.25));
        Assert.Equal(TimeSpan.FromSeconds(1), clock.RealDelay(TimeSpan.FromSeconds(4)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_scale_below_zero_or_not_a_number_is_refused(double scale)
    {
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new TimeScale(scale));
        Assert.StartsWith("The time scale must be 0 or more", refused.Message, StringComparison.Ordinal);
    }
}
