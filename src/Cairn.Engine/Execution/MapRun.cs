namespace Cairn.Engine.Execution;

/// <summary>A distributed Map state's run: its ARN, when it started and stopped, and how it ended.</summary>
internal sealed class MapRun(string arn, DateTimeOffset startDate)
{
    public const string Running = "RUNNING";
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";
    public const string Aborted = "ABORTED";

    public string Arn { get; } = arn;

    public DateTimeOffset StartDate { get; } = startDate;

    public DateTimeOffset? StopDate { get; set; }

    public string Status { get; set; } = Running;
}
