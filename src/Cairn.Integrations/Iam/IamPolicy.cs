namespace Cairn.Integrations.Iam;

/// <summary>A customer managed IAM policy and its versions (kept, never enforced).</summary>
public sealed record IamPolicy
{
    public required string PolicyName { get; init; }

    public required string PolicyId { get; init; }

    public required string Arn { get; init; }

    public string Path { get; init; } = "/";

    public string? Description { get; init; }

    public DateTimeOffset CreateDate { get; init; }

    public DateTimeOffset UpdateDate { get; init; }

    public string DefaultVersionId { get; init; } = "v1";

    /// <summary>The versions, oldest first; at most five, as IAM allows.</summary>
    public IReadOnlyList<IamPolicyVersion> Versions { get; init; } = [];

    public IReadOnlyList<IamTag> Tags { get; init; } = [];

    /// <summary>The number the next created version gets (IAM never reuses version ids).</summary>
    public int NextVersion { get; init; } = 2;
}
