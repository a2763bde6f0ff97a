namespace Cairn.Engine.Testing;

/// <summary>The error a mocked task fails with (<c>mock.errorOutput</c>).</summary>
public sealed class MockErrorOutput
{
    public string? Error { get; init; }

    public string? Cause { get; init; }
}
