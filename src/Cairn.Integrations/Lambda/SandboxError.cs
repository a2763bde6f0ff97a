namespace Cairn.Integrations.Lambda;

/// <summary>
/// A failure of the sandbox rather than of the handler (the runtime is missing, the process
/// exited, the invocation timed out), reported as Lambda reports it: a function error whose
/// payload is <c>{"errorType": ..., "errorMessage": ...}</c>, or only <c>errorMessage</c> when
/// <see cref="ErrorType"/> is null (a timeout).
/// </summary>
public sealed class SandboxError(string? errorType, string message) : Exception(message)
{
    public string? ErrorType { get; } = errorType;

    public static SandboxError InvalidEntrypoint(string message) => new("Runtime.InvalidEntrypoint", message);

    /// <summary>The error document Lambda returns as the invocation's payload.</summary>
    public byte[] Document()
    {
        var b = new Json.JObjectBuilder(2);
        if (ErrorType is { } type)
        {
            b.Set("errorType", new Json.JString(type));
        }

        b.Set("errorMessage", new Json.JString(Message));
        return System.Text.Encoding.UTF8.GetBytes(b.Build().ToJson());
    }
}
