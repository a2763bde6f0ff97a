namespace Cairn.Integrations.Lambda.Sandboxes;

/// <summary>
/// How an invocation ended in a sandbox: the response payload, or a function error
/// (<see cref="ErrorType"/> set, <see cref="Payload"/> the error document), with the tail of what
/// the invocation printed. <see cref="Reusable"/> is false when the sandbox is gone.
/// </summary>
internal sealed record SandboxResult(byte[] Payload, string? ErrorType, bool IsFunctionError, byte[] LogTail, bool Reusable)
{
    public static SandboxResult Success(byte[] payload, byte[] tail) => new(payload, null, false, tail, true);

    public static SandboxResult FunctionError(string errorType, byte[] document, byte[] tail, bool reusable) => new(document, errorType, true, tail, reusable);

    /// <summary>The sandbox failed (exited, timed out, could not start): a function error Lambda names itself.</summary>
    public static SandboxResult Failed(SandboxError error, byte[] tail) => new(error.Document(), error.ErrorType, true, tail, false);
}
