namespace Cairn.Integrations.Lambda.Sandboxes;

/// <summary>One invocation handed to a sandbox: what <c>/runtime/invocation/next</c> returns.</summary>
internal sealed record Invocation(
    string RequestId,
    ReadOnlyMemory<byte> Payload,
    string InvokedFunctionArn,
    string TraceId,
    string? ClientContext = null,
    string? CognitoIdentity = null);
