namespace Cairn.Integrations.Lambda;

/// <summary>Invoke's answer: HTTP status, payload, <c>X-Amz-Function-Error</c>, <c>X-Amz-Executed-Version</c>, <c>X-Amz-Log-Result</c>.</summary>
public sealed record InvokeResponse(int StatusCode, byte[] Payload, string? FunctionError, string? ExecutedVersion, string? LogResult, string RequestId);
