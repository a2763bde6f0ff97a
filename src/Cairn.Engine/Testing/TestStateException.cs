namespace Cairn.Engine.Testing;

/// <summary>A TestState request AWS would reject: the API error code and its message.</summary>
public sealed class TestStateException : Exception
{
    /// <summary>The request breaks a TestState rule.</summary>
    public const string ValidationException = "ValidationException";

    /// <summary>The definition is not valid ASL, or its state type cannot be tested this way.</summary>
    public const string InvalidDefinition = "InvalidDefinition";

    /// <summary>The input is not valid JSON.</summary>
    public const string InvalidExecutionInput = "InvalidExecutionInput";

    /// <summary>
    /// The request is valid, but the state would call a real service (a Task without a mock),
    /// which this engine does not do while testing a state.
    /// </summary>
    public const string UnsupportedOperation = "UnsupportedOperation";

    public TestStateException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public string Code { get; }

    internal static TestStateException Validation(string message) => new(ValidationException, message);
}
