namespace Cairn.Integrations.Iam;

/// <summary>An IAM API error as IAM answers it: its code (<c>NoSuchEntity</c>, ...), message and HTTP status.</summary>
public sealed class IamException(string code, string message, int statusCode = 400) : Exception(message)
{
    public string Code { get; } = code;

    public int StatusCode { get; } = statusCode;

    public static IamException NoSuchEntity(string message) => new("NoSuchEntity", message, 404);

    public static IamException AlreadyExists(string message) => new("EntityAlreadyExists", message, 409);

    public static IamException DeleteConflict(string message) => new("DeleteConflict", message, 409);

    public static IamException Validation(string message) => new("ValidationError", message);

    public static IamException MalformedPolicy(string message) => new("MalformedPolicyDocument", message);

    public static IamException LimitExceeded(string message) => new("LimitExceeded", message, 409);

    public static IamException InvalidInput(string message) => new("InvalidInput", message);
}
