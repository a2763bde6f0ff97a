namespace Cairn.Integrations.Lambda;

/// <summary>
/// One invocation of a function as the built-in service keeps it for a while (<see cref="InvocationHistory"/>):
/// when it started, how long it ran, how it ended (<see cref="Status"/>: <c>Running</c>,
/// <c>Succeeded</c>, <c>Failed</c>), the function error's type, the request id, the Task state that
/// invoked it (null for a call of the Invoke API), and the tail of its log as Lambda captures it
/// (the runtime's stdout and stderr between the START and REPORT lines).
/// </summary>
public sealed record FunctionInvocation
{
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";

    public required string RequestId { get; init; }

    public required string FunctionName { get; init; }

    /// <summary>The version that ran (<c>$LATEST</c> or a number).</summary>
    public required string ExecutedVersion { get; init; }

    /// <summary><c>RequestResponse</c> or <c>Event</c>.</summary>
    public required string InvocationType { get; init; }

    public required DateTimeOffset Started { get; init; }

    /// <summary>Milliseconds from the start to the end, once it ended.</summary>
    public double? DurationMilliseconds { get; init; }

    public string Status { get; init; } = Running;

    /// <summary>The function error's type (the handler's <c>errorType</c>, or Lambda's own such as <c>Runtime.ExitError</c>), or <c>Unhandled</c> when it has none.</summary>
    public string? ErrorType { get; init; }

    public InvocationCaller? Caller { get; init; }

    /// <summary>The invocation's log, at most <see cref="InvocationHistory.MaxLogBytes"/> of its end.</summary>
    public string Log { get; init; } = string.Empty;
}
