namespace Cairn.Engine.Testing;

/// <summary>
/// What a Task, Map or Parallel state under test produces instead of calling a service or running
/// its children (<c>mock</c>): a <see cref="Result"/> (JSON text) or an <see cref="ErrorOutput"/>.
/// </summary>
public sealed class MockInput
{
    /// <summary>The result as JSON text.</summary>
    public string? Result { get; init; }

    public MockErrorOutput? ErrorOutput { get; init; }

    /// <summary>How <see cref="Result"/> is checked against the service's response shape (default STRICT).</summary>
    public MockResponseValidationMode FieldValidationMode { get; init; } = MockResponseValidationMode.STRICT;
}
