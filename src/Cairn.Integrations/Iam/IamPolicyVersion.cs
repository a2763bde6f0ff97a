namespace Cairn.Integrations.Iam;

/// <summary>One version of a managed policy: its id (<c>v1</c>, <c>v2</c>, ...) and document.</summary>
public sealed record IamPolicyVersion(string VersionId, string Document, DateTimeOffset CreateDate);
