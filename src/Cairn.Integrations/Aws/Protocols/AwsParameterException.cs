namespace Cairn.Integrations.Aws.Protocols;

/// <summary>A request parameter the model does not accept (unknown member, wrong type, missing required member).</summary>
public sealed class AwsParameterException(string message) : Exception(message);
