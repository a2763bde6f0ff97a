namespace Cairn.Conformance.Tests;

/// <summary>An API error as the service reports it: the error code (e.g. "InvalidArn") and its message.</summary>
public sealed class StepFunctionsApiException : Exception
{
    public StepFunctionsApiException(string code, string message)
        : base(message)
    {
        Code = code;
        ApiMessage = message;
    }

    public string Code { get; }

    /// <summary>The message exactly as the service sent it (kept apart from <see cref="Exception.Message"/>).</summary>
    public string ApiMessage { get; }
}
