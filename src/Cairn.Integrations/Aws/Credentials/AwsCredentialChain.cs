using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;

namespace Cairn.Integrations.Aws.Credentials;

/// <summary>
/// The AWS SDKs' standard credential chain, in their order: the environment
/// (<c>AWS_ACCESS_KEY_ID</c>, <c>AWS_SECRET_ACCESS_KEY</c>, <c>AWS_SESSION_TOKEN</c>), the profile
/// named by <c>AWS_PROFILE</c> (or <c>default</c>) in the shared credentials and config files
/// (<c>AWS_SHARED_CREDENTIALS_FILE</c>, <c>AWS_CONFIG_FILE</c>, else <c>~/.aws/</c>; static keys,
/// <c>credential_process</c>, SSO and role profiles as the AWS SDK for .NET reads them), container
/// credentials (<c>AWS_CONTAINER_CREDENTIALS_RELATIVE_URI</c> / <c>_FULL_URI</c>), then the EC2
/// instance metadata service unless <c>AWS_EC2_METADATA_DISABLED=true</c>. The source found first
/// is kept; temporary credentials refresh themselves.
/// </summary>
public sealed class AwsCredentialChain
{
    private readonly Func<string, string?> _environment;
    private readonly Lock _gate = new();
    private AWSCredentials? _provider;
    private AwsCredentials? _static;

    /// <param name="environment">Reads an environment variable (tests pass their own).</param>
    public AwsCredentialChain(Func<string, string?>? environment = null) => _environment = environment ?? Environment.GetEnvironmentVariable;

    /// <summary>Fixed credentials (e.g. from the command line), ahead of everything else.</summary>
    public static AwsCredentialChain Of(AwsCredentials credentials) => new(_ => null) { _static = credentials };

    /// <summary>The credentials to sign the next request with.</summary>
    /// <exception cref="AwsCredentialsException">No source in the chain has credentials.</exception>
    public async ValueTask<AwsCredentials> ResolveAsync(CancellationToken cancellationToken)
    {
        if (_static is { } fixedCredentials)
        {
            return fixedCredentials;
        }

        AWSCredentials provider;
        lock (_gate)
        {
            provider = _provider ??= FindProvider(out _static);
        }

        if (_static is { } found)
        {
            return found;
        }

        try
        {
            var credentials = await provider.GetCredentialsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            return new AwsCredentials(credentials.AccessKey, credentials.SecretKey, string.IsNullOrEmpty(credentials.Token) ? null : credentials.Token)
            {
                Source = provider.GetType().Name,
            };
        }
        catch (Exception e) when (e is AmazonClientException or AmazonServiceException or IOException or HttpRequestException or InvalidOperationException)
        {
            throw new AwsCredentialsException($"Unable to load AWS credentials from {provider.GetType().Name}: {e.Message}", e);
        }
    }

    /// <summary>The shared files' profile name.</summary>
    public string ProfileName => NonEmpty(_environment("AWS_PROFILE")) ?? NonEmpty(_environment("AWS_DEFAULT_PROFILE")) ?? "default";

    /// <summary>The region of the profile in the shared config file, if it names one.</summary>
    public string? ProfileRegion()
    {
        try
        {
            return SharedFile() is { } file && file.TryGetProfile(ProfileName, out var profile) ? profile.Region?.SystemName : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or AmazonClientException)
        {
            return null;
        }
    }

    private AWSCredentials FindProvider(out AwsCredentials? staticCredentials)
    {
        staticCredentials = null;
        if (NonEmpty(_environment("AWS_ACCESS_KEY_ID")) is { } key && NonEmpty(_environment("AWS_SECRET_ACCESS_KEY")) is { } secret)
        {
            staticCredentials = new AwsCredentials(key, secret, NonEmpty(_environment("AWS_SESSION_TOKEN"))) { Source = "environment" };
            return new BasicAWSCredentials(key, secret);
        }

        var tried = new List<string> { "environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)" };
        var file = SharedFile();
        if (file is not null)
        {
            try
            {
                if (file.TryGetProfile(ProfileName, out var profile))
                {
                    return profile.GetAWSCredentials(file);
                }

                tried.Add($"profile '{ProfileName}' (not found in {file.FilePath})");
            }
            catch (Exception e) when (e is AmazonClientException or IOException or InvalidDataException or UnauthorizedAccessException)
            {
                throw new AwsCredentialsException($"Unable to load AWS credentials from profile '{ProfileName}': {e.Message}", e);
            }
        }
        else
        {
            tried.Add($"profile '{ProfileName}' (no shared credentials or config file)");
        }

        if (NonEmpty(_environment("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")) is not null || NonEmpty(_environment("AWS_CONTAINER_CREDENTIALS_FULL_URI")) is not null)
        {
            return new GenericContainerCredentials();
        }

        tried.Add("container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI unset)");
        if (!string.Equals(_environment("AWS_EC2_METADATA_DISABLED"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return new InstanceProfileAWSCredentials();
        }

        tried.Add("EC2 instance metadata (AWS_EC2_METADATA_DISABLED=true)");
        throw new AwsCredentialsException("Unable to load AWS credentials from any provider in the chain: " + string.Join("; ", tried));
    }

    private SharedCredentialsFile? SharedFile()
    {
        var credentialsPath = NonEmpty(_environment("AWS_SHARED_CREDENTIALS_FILE"))
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".aws", "credentials");
        var configPath = NonEmpty(_environment("AWS_CONFIG_FILE"));
        if (!File.Exists(credentialsPath) && (configPath is null || !File.Exists(configPath)) &&
            !File.Exists(Path.Combine(Path.GetDirectoryName(credentialsPath) ?? ".", "config")))
        {
            return null;
        }

        return new SharedCredentialsFile(credentialsPath);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
