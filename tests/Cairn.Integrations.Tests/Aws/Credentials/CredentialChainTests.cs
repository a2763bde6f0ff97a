using Cairn.Integrations.Aws.Credentials;

namespace Cairn.Integrations.Tests.Aws.Credentials;

/// <summary>The SDKs' credential chain: environment first, then the shared files' profile.</summary>
public sealed class CredentialChainTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cairn-aws-").FullName;

    [Fact]
    public async Task TheEnvironmentComesFirst()
    {
        WriteCredentials("[default]\naws_access_key_id = FILEKEY\naws_secret_access_key = FILESECRET\n");
        var chain = new AwsCredentialChain(Environment(("AWS_ACCESS_KEY_ID", "ENVKEY"), ("AWS_SECRET_ACCESS_KEY", "ENVSECRET"), ("AWS_SESSION_TOKEN", "TOKEN")));
        var credentials = await chain.ResolveAsync(CancellationToken.None);
        Assert.Equal(("ENVKEY", "ENVSECRET", "TOKEN", "environment"), (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken, credentials.Source));
    }

    [Fact]
    public async Task TheProfileNamedByAwsProfileIsRead()
    {
        WriteCredentials("[default]\naws_access_key_id = DEFAULTKEY\naws_secret_access_key = DEFAULTSECRET\n\n[work]\naws_access_key_id = WORKKEY\naws_secret_access_key = WORKSECRET\naws_session_token = WORKTOKEN\n");
        File.WriteAllText(Path.Combine(_folder, "config"), "[profile work]\nregion = eu-west-3\n");
        var chain = new AwsCredentialChain(Environment(("AWS_PROFILE", "work")));
        var credentials = await chain.ResolveAsync(CancellationToken.None);
        Assert.Equal(("WORKKEY", "WORKSECRET", "WORKTOKEN"), (credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken));
        Assert.Equal("eu-west-3", chain.ProfileRegion());

        var byDefault = await new AwsCredentialChain(Environment()).ResolveAsync(CancellationToken.None);
        Assert.Equal("DEFAULTKEY", byDefault.AccessKeyId);
    }

    [Fact]
    public async Task AMissingProfileIsNamedInTheError()
    {
        WriteCredentials("[default]\naws_access_key_id = K\naws_secret_access_key = S\n");
        var chain = new AwsCredentialChain(Environment(("AWS_PROFILE", "nope"), ("AWS_EC2_METADATA_DISABLED", "true")));
        var error = await Assert.ThrowsAsync<AwsCredentialsException>(() => chain.ResolveAsync(CancellationToken.None).AsTask());
        Assert.Contains("profile 'nope' (not found in", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteCredentials(string text) => File.WriteAllText(Path.Combine(_folder, "credentials"), text);

    private Func<string, string?> Environment(params (string Name, string Value)[] variables)
    {
        var all = variables.ToDictionary(v => v.Name, v => v.Value);
        all.TryAdd("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(_folder, "credentials"));
        return name => all.GetValueOrDefault(name);
    }
}
