using Cairn.Asl.Data;

namespace Cairn.Asl.Model;

public sealed class TaskState : State
{
    public TaskState(StateCommon common, string resource, ResultHandling handling, ErrorHandling errorHandling, ValueSource? timeoutSeconds, ValueSource? heartbeatSeconds, PayloadTemplate? credentials)
        : base(common)
    {
        Resource = resource;
        Handling = handling;
        ErrorHandling = errorHandling;
        TimeoutSeconds = timeoutSeconds;
        HeartbeatSeconds = heartbeatSeconds;
        Credentials = credentials;
        IsWaitForTaskToken = resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal);
    }

    public override StateType Type => StateType.Task;

    public string Resource { get; }

    public bool IsWaitForTaskToken { get; }

    public ResultHandling Handling { get; }

    public ErrorHandling ErrorHandling { get; }

    /// <summary>TimeoutSeconds or TimeoutSecondsPath.</summary>
    public ValueSource? TimeoutSeconds { get; }

    /// <summary>HeartbeatSeconds or HeartbeatSecondsPath.</summary>
    public ValueSource? HeartbeatSeconds { get; }

    public PayloadTemplate? Credentials { get; }
}
