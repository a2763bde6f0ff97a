namespace Cairn.Integrations.Aws.Credentials;

/// <summary>An access key, its secret and, for temporary credentials, the session token.</summary>
public sealed record AwsCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    /// <summary>Where the credentials came from (for messages): <c>environment</c>, <c>profile default</c>, ...</summary>
    public string Source { get; init; } = "configuration";

    public override string ToString() => $"AwsCredentials {{ AccessKeyId = {AccessKeyId}, Source = {Source} }}";
}
