namespace Cairn.Integrations.Lambda;

/// <summary>
/// A Lambda API error as AWS answers it: <see cref="ErrorCode"/> is the error type
/// (<c>ResourceNotFoundException</c>, <c>InvalidParameterValueException</c>, ...), with AWS's
/// message and HTTP status.
/// </summary>
public sealed class LambdaException(string errorCode, string message, int statusCode) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;

    public int StatusCode { get; } = statusCode;

    /// <summary>Whether Lambda answered (an HTTP status); false: the call got no answer (<see cref="NoAnswer"/>).</summary>
    public bool Answered => StatusCode > 0;

    /// <summary>A call to Lambda's endpoint that got no (readable) answer, or could not be signed: <c>Lambda.SdkClientException</c>.</summary>
    public static LambdaException NoAnswer(string message) => new("SdkClientException", message, 0);

    public static LambdaException FunctionNotFound(string qualifiedArn) =>
        new("ResourceNotFoundException", $"Function not found: {qualifiedArn}", 404);

    public static LambdaException InvalidParameter(string message) => new("InvalidParameterValueException", message, 400);

    public static LambdaException Conflict(string message) => new("ResourceConflictException", message, 409);

    public static LambdaException InvalidRequestContent(string message) => new("InvalidRequestContentException", message, 400);

    public static LambdaException TooManyRequests(string message) => new("TooManyRequestsException", message, 429);
}
