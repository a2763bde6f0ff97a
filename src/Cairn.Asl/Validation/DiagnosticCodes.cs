namespace Cairn.Asl.Validation;

/// <summary>The diagnostic codes AWS Step Functions reports when it validates a definition.</summary>
public static class DiagnosticCodes
{
    public const string SchemaValidationFailed = "SCHEMA_VALIDATION_FAILED";
    public const string InvalidJsonDescription = "INVALID_JSON_DESCRIPTION";
    public const string MissingTransitionTarget = "MISSING_TRANSITION_TARGET";
    public const string DuplicateStateName = "DUPLICATE_STATE_NAME";
    public const string InvalidResource = "INVALID_RESOURCE";
    public const string UnreachableState = "UNREACHABLE_STATE";
    public const string NoTerminalState = "NO_TERMINAL_STATE";
    public const string TooManyStates = "TOO_MANY_STATES";
}
