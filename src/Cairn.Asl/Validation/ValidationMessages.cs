namespace Cairn.Asl.Validation;

/// <summary>
/// The wording of AWS's schema diagnostics, kept in one place so every rule words the same
/// situation the same way (callers match on these texts).
/// </summary>
internal static class ValidationMessages
{
    public static string Required(IEnumerable<string> fields) => $"These fields are required: [{string.Join(", ", fields)}]";

    public static string NotSupported(string field) => $"Field '{field}' is not supported";

    public static string OnlyOneOf(IEnumerable<string> fields) => $"There should only be one of the following fields: [{string.Join(", ", fields)}]";

    public static string ExactlyOneOf(IEnumerable<string> fields) => $"This object should have only one of the following fields: [{string.Join(", ", fields)}]";

    public static string OneOfValues(IEnumerable<string> values) => $"Value should be one of the following: [{string.Join(", ", values)}]";

    public const string CannotBeEmpty = "Value cannot be empty";

    public static string NotSupportedFor(string field, string other, string value) => $"Field '{field}' is not supported when '{other}' is '{value}'";

    public static string MaximumLength(int length) => $"Maximum length is {length}";

    public static string InvalidJsonPointer(string field) => $"The value for the field '{field}' must be a valid JSON Pointer";

    public const string ExpectedInteger = "Expected value of type Integer";

    public const string ExpectedNumber = "Expected value of type Number";

    public const string ExpectedString = "Expected value of type String";

    public const string ExpectedBoolean = "Expected value of type Boolean";

    public const string ExpectedObject = "Expected value of type Object";

    public const string ExpectedArray = "Expected value of type Array";

    public static string Minimum(string value) => $"Minimum value is {value}";

    public static string Maximum(string value) => $"Maximum value is {value}";

    public static string InvalidPath(string field) => $"The value for the field '{field}' must be a valid JSONPath";

    public static string InvalidReferencePath(string field) => $"The value for the field '{field}' must be a valid ReferencePath";

    public static string InvalidPathOrIntrinsic(string field) => $"The value for the field '{field}' must be a valid JSONPath or a valid intrinsic function call";

    public static string InvalidJsonata(string field) => $"The value for the field '{field}' must be a valid JSONata expression";

    public const string InvalidTimestamp = "String does not match RFC3339 timestamp";

    public static string MissingNextTarget(string target) => $"Missing 'Next' target: {target}";

    public static string NotReachable(string state) => $"State \"{state}\" is not reachable.";

    public const string NoTerminalState = "No terminal state found in the state machine";

    public static string DuplicateStateName(string state) => $"Duplicate State name: {state}";

    public static string StateNameTooLong(string state, int max) => $"State name '{state}' exceeds the maximum length of {max} characters";

    public const string StatesAllNotAlone = "States.ALL must appear alone and at end of list";

    public const string QueryLanguageDowngrade = "'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine";

    public const string NotValidJsonObject = "Definition must be a valid JSON object";

    public const string InvalidTypeValue = "The field 'Type' should have one of these values: [Task, Wait, Pass, Succeed, Fail, Choice, Parallel, Map]";

    public static string RequiredButMissing(string field) => $"The field '{field}' is required but was missing";

    public static string ExpressUnsupportedPattern(string pattern) => $"Express state machine does not support '{pattern}' service integration ";

    public const string ExpressUnsupportedActivity = "Express state machine does not support Activity ARN";

    public const string ExpressUnsupportedDistributedMap = "The field 'Mode' with value 'DISTRIBUTED' is not supported inside 'EXPRESS' state machines";

    public static string UnrecognizedResource(string resource) =>
        $"The resource provided {resource} is not recognized. The value is not a valid resource ARN, or the resource is not available in this region.";

    public const string InvalidResourceArn = "Value is not a valid resource ARN";
}
