namespace Cairn.Asl;

/// <summary>The predefined error names of the Amazon States Language, in one place.</summary>
public static class StatesErrors
{
    public const string All = "States.ALL";
    public const string DataLimitExceeded = "States.DataLimitExceeded";
    public const string ExceedToleratedFailureThreshold = "States.ExceedToleratedFailureThreshold";
    public const string HeartbeatTimeout = "States.HeartbeatTimeout";
    public const string IntrinsicFailure = "States.IntrinsicFailure";
    public const string ItemReaderFailed = "States.ItemReaderFailed";
    public const string NoChoiceMatched = "States.NoChoiceMatched";
    public const string ParameterPathFailure = "States.ParameterPathFailure";
    public const string Permissions = "States.Permissions";
    public const string QueryEvaluationError = "States.QueryEvaluationError";
    public const string ResultPathMatchFailure = "States.ResultPathMatchFailure";
    public const string ResultWriterFailed = "States.ResultWriterFailed";
    public const string Runtime = "States.Runtime";
    public const string TaskFailed = "States.TaskFailed";
    public const string Timeout = "States.Timeout";
    public const string BranchFailed = "States.BranchFailed";

    /// <summary>An HTTP Task's request got no answer (refused, reset, timed out).</summary>
    public const string HttpSocket = "States.Http.Socket";

    /// <summary>An HTTP Task's answer was not 2xx: <c>States.Http.StatusCode.NNN</c>.</summary>
    public const string HttpStatusCodePrefix = "States.Http.StatusCode.";
}
