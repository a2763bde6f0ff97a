namespace Cairn.Integrations.Aws.Http;

/// <summary>
/// A call that did not get a service's answer: the endpoint could not be reached, did not answer in
/// time, answered what the protocol cannot read, or answered more than the response limit.
/// </summary>
public sealed class AwsClientException(string message, bool retryable, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Whether the SDKs retry this failure (connection errors and timeouts).</summary>
    public bool Retryable { get; } = retryable;
}
