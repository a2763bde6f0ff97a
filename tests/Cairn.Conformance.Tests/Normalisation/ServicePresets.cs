using System.Text.RegularExpressions;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// localstack's TransformerUtility presets of the services the needs_services units call:
/// <c>sqs_api</c>, <c>sfn_sqs_integration</c>, <c>sns_api</c>, <c>dynamodb_api</c>.
/// </summary>
public static class ServicePresets
{
    public static IReadOnlyList<ISnapshotTransformer>? Of(string? name) => name switch
    {
        "sqs_api" => SqsApi(),
        "sfn_sqs_integration" => [.. SqsApi(), KeyValue("MD5OfMessageBody"), KeyValue("MD5OfMessageAttributes")],
        "sns_api" =>
        [
            KeyValue("ReceiptHandle"),
            KeyValue("SequenceNumber"),
            KeyValue("Signature"),
            KeyValue("MD5OfBody", "<md5-hash>", reference: false),
            KeyValue("SenderId", reference: false),
            new KeyValueTransformer((k, v) => k.Equals("SigningCertURL", StringComparison.OrdinalIgnoreCase) && v is string s && Regex.Match(s, @"^.*SimpleNotificationService-(.*)?\.pem") is { Success: true } m ? m.Groups[1].Value : null, "signing-cert-file", replaceReference: true),
            new KeyValueTransformer((k, v) => k.Equals("UnsubscribeURL", StringComparison.OrdinalIgnoreCase) && v is string s && Regex.Match(s, @"^.*(https?://[^/]+).*") is { Success: true } m ? m.Groups[1].Value : null, "unsubscribe-domain", replaceReference: true),
        ],
        "dynamodb_api" => [new RegexTransformer(@"([a-zA-Z0-9-_.]*)?test_table_([a-zA-Z0-9-_.]*)?", "<test-table>")],
        _ => null,
    };

    private static ISnapshotTransformer[] SqsApi() =>
    [
        KeyValue("ReceiptHandle"),
        KeyValue("SenderId"),
        KeyValue("SequenceNumber"),
        new JsonPathTransformer("$..MessageAttributes.RequestID.StringValue", "request-id", true),
        StandardTransformers.ResourceName(),
    ];

    /// <summary>localstack's <c>key_value</c>: the replacement defaults to the key with hyphens before capitals (<c>m-d5-of-message-body</c>).</summary>
    private static KeyValueTransformer KeyValue(string key, string? replacement = null, bool reference = true) =>
        new((k, v) => k == key && v is not null && !(v is string { Length: 0 }) ? v : null, replacement ?? Hyphenated(key), reference);

    private static string Hyphenated(string key) => string.Concat(key.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString())).Trim('-');
}
