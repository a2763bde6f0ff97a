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

    /// <summary>The workflow has no state that ends it (AWS's name for what <see cref="NoTerminalState"/> describes).</summary>
    public const string MissingEndState = "MISSING_END_STATE";

    /// <summary>A state name breaks the naming rules (length, characters).</summary>
    public const string InvalidStateName = "INVALID_STATE_NAME";

    /// <summary>A Distributed Map label breaks the naming rules.</summary>
    public const string InvalidLabelName = "INVALID_LABEL_NAME";
}
