namespace Cairn.Integrations.Lambda;

/// <summary>UpdateFunctionConfiguration's parameters: each setting that is not null replaces <c>$LATEST</c>'s.</summary>
public sealed record FunctionConfigurationUpdate
{
    public string? Runtime { get; init; }

    public string? Handler { get; init; }

    public string? Role { get; init; }

    public int? Timeout { get; init; }

    public int? MemorySize { get; init; }

    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    public string? Description { get; init; }

    public int? EphemeralStorageSize { get; init; }

    public string? TracingMode { get; init; }

    /// <summary>When given, must be <c>$LATEST</c>'s current revision (PreconditionFailedException otherwise).</summary>
    public string? RevisionId { get; init; }
}
