namespace Cairn.Server.Protocol;

/// <summary>Timestamps as the JSON protocol sends them: epoch seconds with milliseconds.</summary>
public static class Epoch
{
    public static double Seconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;
}
