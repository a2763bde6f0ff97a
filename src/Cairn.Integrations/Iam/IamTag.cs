namespace Cairn.Integrations.Iam;

/// <summary>A tag of an IAM role or policy.</summary>
public sealed record IamTag(string Key, string Value);
