namespace Cairn.Integrations.Lambda;

/// <summary>Invoke's answer: HTTP status, payload, <c>X-Amz-Function-Error</c>, <c>X-Amz-Executed-Version</c>, <c>X-Amz-Log-Result</c>.</summary>
public sealed record InvokeResponse(int StatusCode, byte[] Payload, string? FunctionError, string? ExecutedVersion, string? LogResult, string RequestId)
{
    /// <summary>
    /// Whether the function error is one Lambda raised itself (the sandbox exited or was killed,
    /// the invocation timed out, the runtime could not start) rather than one the function's
    /// runtime reported: Step Functions names those Lambda.Unknown whatever their errorType.
    /// </summary>
    public bool RaisedByLambda { get; init; }
}
