namespace Cairn.Integrations.Lambda;

/// <summary>CreateFunction's parameters (a zip package).</summary>
public sealed record CreateFunctionRequest
{
    public required string FunctionName { get; init; }

    public required string Runtime { get; init; }

    public required string Handler { get; init; }

    public string? Role { get; init; }

    public required byte[] ZipFile { get; init; }

    public int? Timeout { get; init; }

    public int? MemorySize { get; init; }

    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    public string? Description { get; init; }

    /// <summary>Publish version 1 at once.</summary>
    public bool Publish { get; init; }
}
