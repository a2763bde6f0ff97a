using System.Text;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>
/// Errors of the JSON protocols: the code from <c>x-amzn-query-error</c> (query-compatible
/// services, whose modelled error is still the one <c>__type</c> names), <c>x-amzn-ErrorType</c> or the body's <c>__type</c> / <c>code</c> (namespace before
/// <c>#</c> and details after <c>:</c> removed), the message from <c>message</c> / <c>Message</c>.
/// </summary>
internal static class JsonErrors
{
    public static AwsServiceException Parse(ServiceModel model, AwsHttpResponse response, JObject? body)
    {
        var type = Clean(response.Header("x-amzn-ErrorType")) ?? Clean(Text(body, "__type")) ?? Clean(Text(body, "code")) ?? Clean(Text(body, "Code"));
        var code = type;
        if (model.AwsQueryCompatible && response.Header("x-amzn-query-error") is { } queryError)
        {
            // The code the service's query protocol reported (AWS.SimpleQueueService.NonExistentQueue).
            code = queryError.Split(';')[0];
        }

        if (code is null)
        {
            return AwsProtocol.StatusError(response, Encoding.UTF8.GetString(response.Body.AsSpan(0, Math.Min(400, response.Body.Length))));
        }

        var message = Text(body, "message") ?? Text(body, "Message") ?? Text(body, "errorMessage") ?? string.Empty;
        var shape = (type is null ? null : model.FindError(type)) ?? model.FindError(code);
        return new AwsServiceException(code, message, response.Status, response.RequestId, shape) { Fields = body };
    }

    private static string? Clean(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var colon = code.IndexOf(':');
        if (colon >= 0)
        {
            code = code[..colon];
        }

        var hash = code.LastIndexOf('#');
        return hash >= 0 ? code[(hash + 1)..] : code;
    }

    private static string? Text(JObject? body, string name) => body?[name] is JString s ? s.Value : null;
}
