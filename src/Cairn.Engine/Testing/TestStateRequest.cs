namespace Cairn.Engine.Testing;

/// <summary>
/// A TestState request: one state (or a whole definition and the <see cref="StateName"/> of the
/// state to test), its input, and optionally variables, a context object, a mock and the
/// configuration the state is tested in. JSON values are passed as text, as in the API.
/// </summary>
public sealed class TestStateRequest
{
    /// <summary>The state's definition, or a state machine definition when <see cref="StateName"/> is set.</summary>
    public required string Definition { get; init; }

    public string? RoleArn { get; init; }

    /// <summary>The state input as JSON text (default <c>{}</c>).</summary>
    public string? Input { get; init; }

    public InspectionLevel InspectionLevel { get; init; } = InspectionLevel.INFO;

    public bool RevealSecrets { get; init; }

    /// <summary>The workflow variables visible to the state, as a JSON object text.</summary>
    public string? Variables { get; init; }

    /// <summary>The state to test inside a state machine definition.</summary>
    public string? StateName { get; init; }

    public MockInput? Mock { get; init; }

    /// <summary>The context object (<c>$$</c>, <c>$states.context</c>) as JSON text; generated when absent.</summary>
    public string? Context { get; init; }

    public TestStateConfiguration? StateConfiguration { get; init; }
}
