namespace Cairn.Server.Protocol;

/// <summary>
/// The errors the API answers with, named and worded as AWS Step Functions does. The
/// <c>__type</c> namespace of each error is in <see cref="WireType"/>.
/// </summary>
public static class ApiErrors
{
    private const string ServiceNamespace = "com.amazonaws.swf.service.v2.model#";

    /// <summary>The <c>__type</c> value for an error type: service errors carry the service's model namespace, protocol errors Coral's.</summary>
    public static string WireType(string type) => type switch
    {
        "ValidationException" => "com.amazon.coral.validate#ValidationException",
        "SerializationException" or "UnknownOperationException" or "InternalFailure" or "MissingAuthenticationTokenException" => "com.amazon.coral.service#" + type,
        "InvalidSignatureException" or "IncompleteSignatureException" or "UnrecognizedClientException" => "com.amazon.coral.service#" + type,
        "RequestEntityTooLargeException" or "RequestHeaderFieldsTooLargeException" => "com.amazon.coral.service#" + type,
        _ => ServiceNamespace + type,
    };

    public static ApiException Validation(string message) => new("ValidationException", message);

    /// <summary>AWS's wording for one failed field constraint.</summary>
    public static ApiException Constraint(string field, string? value, string constraint) => Validation([ConstraintProblem(field, value, constraint)]);

    /// <summary>One failed field constraint as AWS words it inside a validation message.</summary>
    public static string ConstraintProblem(string field, string? value, string constraint) =>
        $"Value {(value is null ? "null" : $"'{value}'")} at '{field}' failed to satisfy constraint: {constraint}";

    /// <summary>AWS's wording of an enumeration's constraint.</summary>
    public static string EnumConstraint(IEnumerable<string> values) => $"Member must satisfy enum value set: [{string.Join(", ", values)}]";

    /// <summary>Every problem of a request at once, as AWS reports them: <c>2 validation errors detected: A; B</c>.</summary>
    public static ApiException Validation(IReadOnlyList<string> problems) =>
        Validation($"{problems.Count} validation {(problems.Count == 1 ? "error" : "errors")} detected: {string.Join("; ", problems)}");

    public static ApiException Missing(string field) => Constraint(field, null, "Member must not be null");

    public static ApiException Serialization(string message) => new("SerializationException", message);

    public static ApiException UnknownOperation(string? target) =>
        new("UnknownOperationException", target is null ? "Missing X-Amz-Target header" : $"Unknown operation {target}");

    public static ApiException InvalidArn(string reason) => new("InvalidArn", $"Invalid Arn: '{reason}'");

    public static ApiException InvalidName(string name) => new("InvalidName", $"Invalid Name: '{name}'");

    public static ApiException InvalidToken() => new("InvalidToken", "Invalid Token: 'Invalid token'");

    public static ApiException InvalidDefinition(string message) => new("InvalidDefinition", message);

    public static ApiException InvalidExecutionInput(string message) => new("InvalidExecutionInput", message);

    public static ApiException InvalidLoggingConfiguration(string reason) => new("InvalidLoggingConfiguration", $"Invalid Logging Configuration: {reason}");

    public static ApiException StateMachineDoesNotExist(string arn) => new("StateMachineDoesNotExist", $"State Machine Does Not Exist: '{arn}'");

    public static ApiException StateMachineAlreadyExists(string arn) => new("StateMachineAlreadyExists", $"State Machine Already Exists: '{arn}'");

    public static ApiException StateMachineTypeNotSupported() => new("StateMachineTypeNotSupported", "This operation is not supported by this type of state machine");

    public static ApiException ExecutionDoesNotExist(string arn) => new("ExecutionDoesNotExist", $"Execution Does Not Exist: '{arn}'");

    public static ApiException ExecutionAlreadyExists(string arn) => new("ExecutionAlreadyExists", $"Execution Already Exists: '{arn}'");

    public static ApiException ExecutionLimitExceeded() => new("ExecutionLimitExceeded", Engine.Hosting.DurableExecutionHost.ExecutionLimitExceededMessage);

    public static ApiException ExecutionNotRedrivable(string reason) => new("ExecutionNotRedrivable", reason);

    public static ApiException ResourceNotFound(string arn) => new("ResourceNotFound", $"Resource not found: '{arn}'");

    public static ApiException TooManyTags(string arn) => new("TooManyTags", $"Too many tags: '{arn}'");

    public static ApiException MissingRequiredParameter(string message) => new("MissingRequiredParameter", message);

    public static ApiException RequestTooLarge(long limit) => new("RequestEntityTooLargeException", $"Request body is larger than {limit} bytes", 413);
}
