using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Json;

namespace Cairn.Cli.Deploy;

/// <summary>
/// The AWS API calls a deployment makes, through Cairn's AWS client (SigV4, the credential chain,
/// retries): a service's answer as the model names its members, an error answer as a
/// <see cref="ServiceCallException"/>, and no answer as a one-line <see cref="CliException"/>.
/// </summary>
/// <param name="hint">Added to the message when no answer comes (<c>is `cairn serve` running there?</c>).</param>
internal sealed class ServiceCalls(AwsClient client, string? hint = null)
{
    private static readonly OutputStyle Style = new() { CapitalizeMembers = false };

    public string Region => client.Region;

    /// <summary>Where a service's calls go.</summary>
    public string EndpointOf(string service) =>
        client.EndpointOf(client.Models.Find(service) ?? throw new InvalidOperationException($"no model for {service}")).Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');

    public async Task<JObject> CallAsync(string service, string operation, JObject input, CancellationToken cancellationToken)
    {
        var model = client.Models.Find(service) ?? throw new InvalidOperationException($"no model for {service}");
        var call = model.FindOperation(operation) ?? throw new InvalidOperationException($"{service} has no operation {operation}");
        try
        {
            return (await client.CallAsync(model, call, input, Style, null, cancellationToken).ConfigureAwait(false)).Output;
        }
        catch (AwsServiceException e)
        {
            throw new ServiceCallException(model.ServiceId, operation, e.Code, e.Message);
        }
        catch (AwsClientException e)
        {
            throw new CliException($"{model.ServiceId} {operation} at {EndpointOf(service)}: {e.Message}{(hint is null ? string.Empty : " " + hint)}");
        }
        catch (AwsCredentialsException e)
        {
            throw new CliException($"no AWS credentials to sign {model.ServiceId} {operation} with: {e.Message}");
        }
        catch (AwsParameterException e)
        {
            throw new CliException($"{model.ServiceId} {operation}: {e.Message}");
        }
    }
}
