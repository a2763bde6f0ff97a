namespace Cairn.Server.Protocol;

/// <summary>An API error: AWS's error type (e.g. <c>StateMachineDoesNotExist</c>), its message and HTTP status.</summary>
public sealed class ApiException : Exception
{
    public ApiException(string type, string message, int status = 400)
        : base(message)
    {
        Type = type;
        Status = status;
    }

    public string Type { get; }

    public int Status { get; }

    /// <summary>The methods to name in an <c>Allow</c> header (with status 405).</summary>
    public string? Allow { get; init; }
}
