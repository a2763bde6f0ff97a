namespace Cairn.Integrations.Lambda;

/// <summary>A function alias, named as Lambda's <c>AliasConfiguration</c>: a name for a version, with optional weighted routing to a second one.</summary>
public sealed record FunctionAlias
{
    public required string AliasArn { get; init; }

    public required string Name { get; init; }

    public required string FunctionVersion { get; init; }

    public string Description { get; init; } = string.Empty;

    /// <summary>Additional version weights (0-1) of the routing configuration.</summary>
    public IReadOnlyDictionary<string, double> AdditionalVersionWeights { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    public string RevisionId { get; init; } = Guid.NewGuid().ToString();
}
