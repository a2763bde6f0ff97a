using System.Text;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>AWS JSON 1.0 / 1.1: <c>POST /</c> with <c>X-Amz-Target</c>, the input as a JSON body; errors in <c>__type</c>.</summary>
internal sealed class JsonProtocol : AwsProtocol
{
    public static readonly JsonProtocol Instance = new();

    public override AwsRequest Serialize(ServiceModel model, Operation operation, JObject input)
    {
        var body = operation.Input is { } shape ? JsonShapes.Serialize(input, shape, operation.Name) : JObject.Empty;
        var request = new AwsRequest("POST", "/", string.Empty, Encoding.UTF8.GetBytes(body.ToJson()));
        request.Headers.Add(new("Content-Type", $"application/x-amz-json-{model.JsonVersion ?? "1.0"}"));
        request.Headers.Add(new("X-Amz-Target", $"{model.TargetPrefix}.{operation.Name}"));
        if (model.AwsQueryCompatible)
        {
            request.Headers.Add(new("x-amzn-query-mode", "true"));
        }

        return request;
    }

    public override JObject ParseOutput(ServiceModel model, Operation operation, AwsHttpResponse response, OutputStyle style)
    {
        if (operation.Output is not { } shape)
        {
            return JObject.Empty;
        }

        var json = ParseBody(response) as JObject ?? throw Unreadable(response, "a body that is not a JSON object");
        return (JObject)JsonShapes.Parse(json, shape, style);
    }

    public override AwsServiceException ParseError(ServiceModel model, Operation operation, AwsHttpResponse response) =>
        JsonErrors.Parse(model, response, ParseBodyOrNull(response));

    internal static JValue ParseBody(AwsHttpResponse response)
    {
        if (response.Body.Length == 0)
        {
            return JObject.Empty;
        }

        return JValue.TryParse(Encoding.UTF8.GetString(response.Body), out var value, out var error)
            ? value
            : throw Unreadable(response, $"a body that is not JSON ({error})");
    }

    internal static JObject? ParseBodyOrNull(AwsHttpResponse response) =>
        response.Body.Length > 0 && JValue.TryParse(Encoding.UTF8.GetString(response.Body), out var value, out _) ? value as JObject : null;
}
