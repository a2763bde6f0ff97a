using Cairn.Integrations.Aws;
using Cairn.Integrations.Aws.Credentials;
using Cairn.Integrations.Aws.Endpoints;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Protocols;
using Cairn.Json;
using Cairn.TestSupport;

namespace Cairn.Integrations.Tests.Aws.Moto;

/// <summary>AWS clients pointed at the test process's moto.</summary>
internal static class MotoClients
{
    public static AwsClientOptions Options(MotoServer moto) => new()
    {
        Endpoints = new AwsEndpoints(new Dictionary<string, Uri> { ["*"] = moto.Endpoint }, _ => null),
        Credentials = AwsCredentialChain.Of(new AwsCredentials("testing", "testing")),
        Region = "us-east-1",
        Retry = new AwsRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(10) },
    };

    public static AwsClient Client() => new(Options(MotoServer.Shared));

    /// <summary>Calls an operation by service and operation name with a JSON input.</summary>
    public static async Task<JObject> CallAsync(this AwsClient client, string service, string operation, string input = "{}", OutputStyle? style = null)
    {
        var model = client.Models.Find(service) ?? throw new InvalidOperationException($"no model for {service}");
        var op = model.FindOperation(operation) ?? throw new InvalidOperationException($"no operation {operation}");
        var result = await client.CallAsync(model, op, (JObject)JValue.Parse(input), style ?? OutputStyle.Sdk, null, CancellationToken.None);
        return result.Output;
    }
}
