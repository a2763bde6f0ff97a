namespace Cairn.Engine.Testing;

/// <summary>The outcome of a TestState request; JSON values are text, as in the API.</summary>
public sealed class TestStateResponse
{
    public required TestExecutionStatus Status { get; init; }

    /// <summary>The state output as JSON text (SUCCEEDED, CAUGHT_ERROR).</summary>
    public string? Output { get; init; }

    public string? Error { get; init; }

    public string? Cause { get; init; }

    /// <summary>The state to transition to (SUCCEEDED, CAUGHT_ERROR; null at the end of the workflow).</summary>
    public string? NextState { get; init; }

    /// <summary>Present for the DEBUG and TRACE inspection levels.</summary>
    public InspectionData? InspectionData { get; init; }
}
