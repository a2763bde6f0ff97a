namespace Cairn.Engine.Testing;

/// <summary>The outcome of testing a state (TestState's <c>status</c>).</summary>
public enum TestExecutionStatus
{
    SUCCEEDED,
    FAILED,

    /// <summary>The state failed with an error a retrier would retry.</summary>
    RETRIABLE,

    /// <summary>The state failed and a catcher handled the error.</summary>
    CAUGHT_ERROR,
}
