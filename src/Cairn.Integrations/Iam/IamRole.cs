namespace Cairn.Integrations.Iam;

/// <summary>
/// An IAM role as IAM's API describes it, with its inline policies and attached managed policies.
/// Roles are kept so that deployment tools find what they created; nothing in Cairn enforces them.
/// </summary>
public sealed record IamRole
{
    public required string RoleName { get; init; }

    public required string RoleId { get; init; }

    public required string Arn { get; init; }

    public string Path { get; init; } = "/";

    public DateTimeOffset CreateDate { get; init; }

    /// <summary>The trust policy, as the JSON text it was given.</summary>
    public required string AssumeRolePolicyDocument { get; init; }

    public string? Description { get; init; }

    public int MaxSessionDuration { get; init; } = 3600;

    public string? PermissionsBoundaryArn { get; init; }

    public IReadOnlyList<IamTag> Tags { get; init; } = [];

    /// <summary>Inline policies by name (PutRolePolicy), as the JSON text given.</summary>
    public IReadOnlyDictionary<string, string> InlinePolicies { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>ARNs of attached managed policies, in the order they were attached.</summary>
    public IReadOnlyList<string> AttachedPolicyArns { get; init; } = [];
}
