namespace Cairn.Integrations.Aws.Credentials;

/// <summary>No credentials could be found or loaded to sign a request with.</summary>
public sealed class AwsCredentialsException(string message, Exception? inner = null) : Exception(message, inner);
