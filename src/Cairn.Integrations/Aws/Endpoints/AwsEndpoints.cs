using Cairn.Integrations.Aws.Models;

namespace Cairn.Integrations.Aws.Endpoints;

/// <summary>
/// Where each service's requests go, first match wins: an endpoint configured for the service
/// (<c>--endpoint SERVICE=URL</c> or the endpoints file), Step Functions Local's variables
/// (<c>SQS_ENDPOINT</c>, <c>LAMBDA_ENDPOINT</c>, ...), the SDKs' <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>,
/// an endpoint configured for every service (<c>--endpoint URL</c>), the SDKs'
/// <c>AWS_ENDPOINT_URL</c>, then AWS's regional endpoint.
/// </summary>
public sealed class AwsEndpoints
{
    /// <summary>Step Functions Local's endpoint variables, by the service's aws-sdk name.</summary>
    public static readonly IReadOnlyDictionary<string, string> StepFunctionsLocalVariables = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["lambda"] = "LAMBDA_ENDPOINT",
        ["sqs"] = "SQS_ENDPOINT",
        ["sns"] = "SNS_ENDPOINT",
        ["dynamodb"] = "DYNAMODB_ENDPOINT",
        ["sfn"] = "STEP_FUNCTIONS_ENDPOINT",
        ["batch"] = "BATCH_ENDPOINT",
        ["ecs"] = "ECS_ENDPOINT",
        ["glue"] = "GLUE_ENDPOINT",
        ["sagemaker"] = "SAGE_MAKER_ENDPOINT",
    };

    private readonly IReadOnlyDictionary<string, Uri> _configured;
    private readonly Uri? _all;
    private readonly Func<string, string?> _environment;

    /// <param name="configured">Endpoints by service (any name <see cref="ServiceModels"/> knows the service by, normalised by the caller to the aws-sdk name); the key <c>*</c> is every service.</param>
    /// <param name="environment">Reads an environment variable.</param>
    public AwsEndpoints(IReadOnlyDictionary<string, Uri>? configured = null, Func<string, string?>? environment = null)
    {
        var byService = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        foreach (var (service, uri) in configured ?? new Dictionary<string, Uri>())
        {
            if (service == "*")
            {
                _all = uri;
            }
            else
            {
                byService[service] = uri;
            }
        }

        _configured = byService;
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    /// <summary>The endpoint of a service and where that choice came from.</summary>
    public ResolvedEndpoint Resolve(ServiceModel model, string region)
    {
        if (ResolveForService(model) is { } specific)
        {
            return specific;
        }

        if (_all is { } all)
        {
            return new ResolvedEndpoint(all, "--endpoint", true);
        }

        if (Url("AWS_ENDPOINT_URL") is { } global)
        {
            return new ResolvedEndpoint(global, "AWS_ENDPOINT_URL", true);
        }

        return new ResolvedEndpoint(Regional(model, region), "AWS", false);
    }

    /// <summary>The endpoint configured for this service by name (not for every service), or null.</summary>
    public ResolvedEndpoint? ResolveForService(ServiceModel model)
    {
        if (_configured.TryGetValue(model.SdkName, out var configured))
        {
            return new ResolvedEndpoint(configured, "--endpoint", true);
        }

        if (StepFunctionsLocalVariables.TryGetValue(model.SdkName, out var localVariable) && Url(localVariable) is { } local)
        {
            return new ResolvedEndpoint(local, localVariable, true);
        }

        var sdkVariable = "AWS_ENDPOINT_URL_" + model.ServiceId.ToUpperInvariant().Replace(' ', '_');
        return Url(sdkVariable) is { } sdk ? new ResolvedEndpoint(sdk, sdkVariable, true) : null;
    }

    /// <summary>AWS's own endpoint of a service in a region.</summary>
    public static Uri Regional(ServiceModel model, string region)
    {
        var suffix = region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        if (model.GlobalEndpoint is { } global && !region.StartsWith("cn-", StringComparison.Ordinal) && !region.StartsWith("us-gov-", StringComparison.Ordinal))
        {
            return new Uri($"https://{global}");
        }

        return new Uri($"https://{model.EndpointPrefix}.{region}.{suffix}");
    }

    /// <summary>Parses an endpoint URL: absolute http(s), or an exception saying what is wrong.</summary>
    public static Uri Parse(string text, string source) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new FormatException($"{source}: '{text}' is not an http:// or https:// URL");

    private Uri? Url(string variable) => _environment(variable) is { Length: > 0 } text ? Parse(text, variable) : null;
}
