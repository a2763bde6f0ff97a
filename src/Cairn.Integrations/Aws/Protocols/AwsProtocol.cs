using System.Text;
using Cairn.Integrations.Aws.Http;
using Cairn.Integrations.Aws.Models;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Protocols;

/// <summary>
/// One of AWS's wire protocols: how an operation's input becomes an HTTP request, and how a
/// response becomes the output or an error (code, message, status, request id).
/// </summary>
public abstract class AwsProtocol
{
    /// <summary>The protocol of a service model.</summary>
    public static AwsProtocol For(ServiceModel model) => model.Protocol switch
    {
        "json" => JsonProtocol.Instance,
        "rest-json" => RestJsonProtocol.Instance,
        "query" => QueryProtocol.Query,
        "ec2" => QueryProtocol.Ec2,
        "rest-xml" => RestXmlProtocol.Instance,
        _ => throw new NotSupportedException($"The {model.ServiceId} service uses the '{model.Protocol}' protocol, which Cairn does not speak"),
    };

    /// <summary>The request for <paramref name="input"/> (keyed by member names, blobs in base64).</summary>
    /// <exception cref="AwsParameterException">The input does not fit the operation's input shape.</exception>
    public abstract AwsRequest Serialize(ServiceModel model, Operation operation, JObject input);

    /// <summary>The output of a successful response.</summary>
    /// <exception cref="AwsClientException">The body is not what the protocol sends.</exception>
    public abstract JObject ParseOutput(ServiceModel model, Operation operation, AwsHttpResponse response, OutputStyle style);

    /// <summary>The error of a failed response (status 300 or more).</summary>
    public abstract AwsServiceException ParseError(ServiceModel model, Operation operation, AwsHttpResponse response);

    /// <summary>An error the body does not describe: named after the HTTP status, as the SDKs do.</summary>
    internal static AwsServiceException StatusError(AwsHttpResponse response, string? body = null)
    {
        var reason = System.Net.HttpStatusCode.IsDefined(typeof(System.Net.HttpStatusCode), response.Status)
            ? ((System.Net.HttpStatusCode)response.Status).ToString()
            : "Unknown";
        var message = string.IsNullOrWhiteSpace(body) ? $"The service answered HTTP {response.Status} ({reason})" : $"The service answered HTTP {response.Status}: {Excerpt(body)}";
        return new AwsServiceException(reason, message, response.Status, response.RequestId);
    }

    protected static AwsClientException Unreadable(AwsHttpResponse response, string what, Exception? inner = null) =>
        new($"Unable to unmarshall response: the service answered HTTP {response.Status} with {what}: {Excerpt(Encoding.UTF8.GetString(response.Body))}", retryable: false, inner);

    protected static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
