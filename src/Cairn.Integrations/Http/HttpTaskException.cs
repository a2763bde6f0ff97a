namespace Cairn.Integrations.Http;

/// <summary>An HTTP Task that fails with <see cref="Error"/> (an AWS error name) and a cause.</summary>
public sealed class HttpTaskException(string error, string cause) : Exception(cause)
{
    public string Error { get; } = error;
}
