using Cairn.Integrations.Aws.Endpoints;
using Cairn.Integrations.Aws.Models;
using Cairn.Integrations.Aws.Tasks;
using Cairn.Json;

namespace Cairn.Integrations.Aws;

/// <summary>
/// How Task states call AWS services, as <c>cairn serve</c> and <c>cairn run</c> are told:
/// <c>--endpoint [SERVICE=]URL</c> (repeatable), <c>--aws-endpoints FILE</c> (a JSON object of
/// SERVICE → URL, <c>*</c> for every service), <c>--service-models DIR</c>. As in Step Functions
/// Local, calls are made by default: to the configured endpoint, else AWS's regional endpoint.
/// <c>--no-aws-calls</c> (<see cref="NoCalls"/>) turns them off.
/// </summary>
public sealed record AwsServiceSettings
{
    /// <summary>
    /// Task states call no AWS service: a <c>.waitForTaskToken</c> task hands its token over
    /// without delivering anything and every other service task fails saying nothing answers it.
    /// </summary>
    public bool NoCalls { get; init; }

    /// <summary><c>SERVICE=URL</c> or <c>URL</c> (every service).</summary>
    public IReadOnlyList<string> Endpoints { get; init; } = [];

    public string? EndpointsFile { get; init; }

    public string? ServiceModelsFolder { get; init; }

    /// <summary>The region of the calls (the state machine's); null: the SDKs' region chain.</summary>
    public string? Region { get; init; }

    /// <summary>Fixed credentials instead of the SDKs' chain (for embedding and tests).</summary>
    public Credentials.AwsCredentials? Credentials { get; init; }

    /// <summary>How often <c>.sync</c> tasks describe their jobs.</summary>
    public TimeSpan SyncPollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The task handler these settings describe, or null when AWS calls are off.</summary>
    /// <exception cref="FormatException">An endpoint or the endpoints file is not valid; the message says which.</exception>
    public AwsTaskHandler? CreateHandler(Func<string, string?>? environment = null, TimeProvider? time = null) =>
        NoCalls ? null : new AwsTaskHandler(CreateClient(environment, time), time) { SyncPollInterval = SyncPollInterval };

    /// <summary>The AWS client these settings describe (endpoints, models, region, credentials), whatever <see cref="NoCalls"/> says.</summary>
    /// <exception cref="FormatException">An endpoint or the endpoints file is not valid; the message says which.</exception>
    public AwsClient CreateClient(Func<string, string?>? environment = null, TimeProvider? time = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var models = ServiceModelsFolder is null ? ServiceModels.Embedded : new ServiceModels(ServiceModelsFolder);
        var configured = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        if (EndpointsFile is { } file)
        {
            if (!File.Exists(file))
            {
                throw new FormatException($"{file}: no such endpoints file");
            }

            if (!JValue.TryParse(File.ReadAllText(file), out var json, out var error) || json is not JObject entries)
            {
                throw new FormatException($"{file}: an endpoints file is a JSON object of SERVICE → URL{(error is null ? string.Empty : $" ({error})")}");
            }

            foreach (var (service, url) in entries)
            {
                Add(configured, models, service, url is JString s ? s.Value : url.ToJson(), file);
            }
        }

        foreach (var endpoint in Endpoints)
        {
            var equals = endpoint.IndexOf('=');
            var schemeAt = endpoint.IndexOf("://", StringComparison.Ordinal);
            if (equals > 0 && (schemeAt < 0 || equals < schemeAt))
            {
                Add(configured, models, endpoint[..equals], endpoint[(equals + 1)..], "--endpoint");
            }
            else
            {
                Add(configured, models, "*", endpoint, "--endpoint");
            }
        }

        return new AwsClient(new AwsClientOptions
        {
            Models = models,
            Endpoints = new AwsEndpoints(configured, environment),
            Region = Region,
            Credentials = Credentials is { } fixedCredentials ? Aws.Credentials.AwsCredentialChain.Of(fixedCredentials) : new Aws.Credentials.AwsCredentialChain(environment),
            Time = time ?? TimeProvider.System,
        });
    }

    /// <summary>Where the optimized integrations' services and the configured ones go, one line each; Lambda to <paramref name="builtInLambda"/> unless an endpoint is configured for it by name.</summary>
    public static IEnumerable<string> Describe(AwsClient client, string? builtInLambda = null)
    {
        var names = OptimizedIntegrations.Services.Select(s => s.Model).Append("s3").Append("lambda").Append("stepfunctions").Distinct();
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            if (client.Models.Find(name) is { } model)
            {
                if (name == "lambda" && builtInLambda is not null && client.Endpoints.ResolveForService(model) is null)
                {
                    yield return $"{model.SdkName} → {builtInLambda}";
                    continue;
                }

                var endpoint = client.EndpointOf(model);
                yield return $"{model.SdkName} → {endpoint.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/')} ({endpoint.Source})";
            }
        }
    }

    private static void Add(Dictionary<string, Uri> configured, ServiceModels models, string service, string url, string source)
    {
        var key = service == "*" ? "*" : ServiceKey(models, service, source);
        configured[key] = AwsEndpoints.Parse(url, $"{source} {service}");
    }

    private static string ServiceKey(ServiceModels models, string service, string source)
    {
        var normalised = service.Trim().ToLowerInvariant() switch
        {
            "states" or "step_functions" or "stepfunctions" => "stepfunctions",
            "sage_maker" => "sagemaker",
            var other => other,
        };
        return models.Find(normalised)?.SdkName ?? throw new FormatException($"{source}: unknown service '{service}' (use an aws-sdk service name such as sqs, dynamodb, sfn, or add its model with --service-models)");
    }
}
