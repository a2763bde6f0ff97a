using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Endpoints;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Integrations.Aws.Signing;
using Cairn.Json;

namespace Cairn.Integrations.Aws;

/// <summary>
/// Calls AWS service operations from their models: serialises the input with the service's
/// protocol, resolves the endpoint, signs with SigV4, sends over the process's HTTP transport,
/// retries as the SDKs' standard mode does, and parses the output or the error.
/// </summary>
public sealed class AwsClient
{
    private const string UserAgent = "cairn/1.0 (aws-sdk-compatible)";

    private readonly AwsClientOptions _options;
    private readonly AwsHttpTransport _transport = AwsHttpTransport.Shared;

    public AwsClient(AwsClientOptions? options = null)
    {
        _options = options ?? new AwsClientOptions();
        Region = _options.Region
            ?? NonEmpty(Environment.GetEnvironmentVariable("AWS_REGION"))
            ?? NonEmpty(Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION"))
            ?? _options.Credentials.ProfileRegion()
            ?? "us-east-1";
    }

    public string Region { get; }

    public ServiceModels Models => _options.Models;

    public AwsEndpoints Endpoints => _options.Endpoints;

    /// <summary>The endpoint a service's calls go to.</summary>
    public ResolvedEndpoint EndpointOf(ServiceModel model) => _options.Endpoints.Resolve(model, Region);

    /// <summary>Calls <paramref name="operation"/> with <paramref name="input"/> (keyed by member names, blobs in base64).</summary>
    /// <param name="endpoint">An endpoint that overrides the service's (the SQS queue URL's host, as the SDKs use it).</param>
    /// <exception cref="AwsServiceException">The service answered with an error (after the retries).</exception>
    /// <exception cref="AwsClientException">No answer could be had or read (after the retries).</exception>
    /// <exception cref="AwsCredentialsException">No credentials to sign with.</exception>
    /// <exception cref="AwsParameterException">The input does not fit the operation.</exception>
    public async Task<AwsCallResult> CallAsync(ServiceModel model, Operation operation, JObject input, OutputStyle style, Uri? endpoint, CancellationToken cancellationToken)
    {
        var protocol = AwsProtocol.For(model);
        var resolved = endpoint is null ? EndpointOf(model) : new ResolvedEndpoint(endpoint, "resource", true);
        input = FillIdempotencyTokens(operation, input);
        if (resolved.IsCustom && model.SdkName == "sqs")
        {
            input = PointQueueUrlAt(input, resolved.Uri);
        }

        var region = model.GlobalEndpoint is not null && !resolved.IsCustom ? "us-east-1" : Region;
        var s3 = model.SigningName == "s3";
        for (var attempt = 1; ; attempt++)
        {
            var request = protocol.Serialize(model, operation, input);
            request.Headers.Add(new("User-Agent", UserAgent));
            if (operation.HostPrefix is { } prefix && !resolved.IsCustom)
            {
                request.HostPrefix = ExpandHostPrefix(prefix, operation, input);
            }

            var credentials = await _options.Credentials.ResolveAsync(cancellationToken).ConfigureAwait(false);
            var host = request.HostPrefix is null ? SigV4Signer.HostHeader(resolved.Uri) : SigV4Signer.HostHeader(AwsHttpTransport.Url(resolved.Uri, request));
            if (resolved.Uri.AbsolutePath.Length > 1)
            {
                request.RawPath = resolved.Uri.AbsolutePath.TrimEnd('/') + request.RawPath;
            }

            SigV4Signer.Sign(request, host, credentials, region, model.SigningName, _options.Time.GetUtcNow(), s3);
            var baseUri = new Uri(resolved.Uri.GetLeftPart(UriPartial.Authority));
            TimeSpan? delay;
            try
            {
                var response = await _transport.SendAsync(baseUri, request, _options.AttemptTimeout, _options.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
                if (response.Status < 300)
                {
                    var output = protocol.ParseOutput(model, operation, response, style);
                    _options.Retry.Succeeded();
                    return new AwsCallResult(output, response, attempt);
                }

                var error = protocol.ParseError(model, operation, response);
                if (!AwsRetryPolicy.IsRetryable(error) || (delay = _options.Retry.NextDelay(attempt, timeout: false)) is null)
                {
                    throw error;
                }
            }
            catch (AwsClientException e) when (e.Retryable)
            {
                if ((delay = _options.Retry.NextDelay(attempt, timeout: true)) is null)
                {
                    throw;
                }
            }

            await Task.Delay(delay.Value, _options.Time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static JObject FillIdempotencyTokens(Operation operation, JObject input)
    {
        if (operation.Input is not { } shape)
        {
            return input;
        }

        foreach (var member in shape.Members)
        {
            if (member.IdempotencyToken && input[member.Name] is null)
            {
                input = JObject.Create(input.Members.ToArray().Append(new(member.Name, new JString(Guid.NewGuid().ToString()))));
            }
        }

        return input;
    }

    /// <summary>A queue URL written for AWS (<c>https://sqs.us-east-1.amazonaws.com/123456789012/q</c>) names the same queue at a configured endpoint.</summary>
    private static JObject PointQueueUrlAt(JObject input, Uri endpoint)
    {
        if (input["QueueUrl"] is not JString { Value: var text } || !Uri.TryCreate(text, UriKind.Absolute, out var queue) ||
            !(queue.Host.EndsWith(".amazonaws.com", StringComparison.OrdinalIgnoreCase) || queue.Host.EndsWith(".amazonaws.com.cn", StringComparison.OrdinalIgnoreCase)))
        {
            return input;
        }

        var rewritten = endpoint.GetLeftPart(UriPartial.Authority) + endpoint.AbsolutePath.TrimEnd('/') + queue.AbsolutePath;
        var builder = new JObjectBuilder(input.Count);
        foreach (var (key, value) in input)
        {
            builder.Set(key, key == "QueueUrl" ? new JString(rewritten) : value);
        }

        return builder.Build();
    }

    private static string ExpandHostPrefix(string prefix, Operation operation, JObject input)
    {
        if (operation.Input is { } shape)
        {
            foreach (var member in shape.Members)
            {
                if (member.HostLabel && input[member.Name] is JString label)
                {
                    prefix = prefix.Replace("{" + member.Name + "}", label.Value, StringComparison.Ordinal);
                }
            }
        }

        return prefix;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
