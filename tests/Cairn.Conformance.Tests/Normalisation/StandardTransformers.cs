using System.Text.RegularExpressions;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// The transformers every recorded test had besides its own: the priority-0 preamble (<c>x-localstack</c> removal,
/// the <c>stepfunctions_api</c> preset) and the snapshot fixture's priority-2 base transformers.
/// </summary>
public static class StandardTransformers
{
    public const string RecordedAccountId = "111111111111";

    public const string Iso8601Pattern =
        @"(?:[1-9]\d{3}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[1-9]\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[13579][26])00)-02-29)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-][01]\d:?([0-5]\d)?)";

    public const string UuidPattern = "[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}";

    public const string ArnPattern = @"arn:(aws[a-zA-Z-]*)?:([a-zA-Z0-9-_.]+)?:([^:]+)?:(\d{12})?:(.*)";

    private static readonly Regex Iso8601Match = PyRegex.CompileMatch(Iso8601Pattern);
    private static readonly Regex UuidMatch = PyRegex.CompileMatch(UuidPattern);
    private static readonly Regex ArnMatch = PyRegex.CompileMatch(ArnPattern);
    private static readonly Regex CauseJsonMatch = PyRegex.CompileMatch(".*'({.*})'");
    private static readonly Regex TimestampKey = PyRegex.CompileMatch("^.*timestamp.*$", ignoreCase: true);

    /// <summary>Priority 0, before the test's own transformers.</summary>
    public static IEnumerable<ISnapshotTransformer> Preamble(IEnumerable<string> presets)
    {
        yield return new RemoveKeyTransformer("x-localstack");
        if (!presets.Any(p => p.Split('+').Contains("stepfunctions_api")))
        {
            yield break;
        }

        yield return new JsonPathTransformer("$..SdkHttpMetadata..Date", "date", false);
        yield return new JsonPathTransformer("$..SdkResponseMetadata..RequestId", "RequestId", false);
        yield return new JsonPathTransformer("$..X-Amzn-Trace-Id", "X-Amzn-Trace-Id", false);
        yield return new JsonPathTransformer("$..X-Amzn-Trace-Id", "X-Amzn-Trace-Id", false);
        yield return new JsonPathTransformer("$..x-amz-crc32", "x-amz-crc32", false);
        yield return new JsonPathTransformer("$..x-amzn-RequestId", "x-amzn-RequestId", false);
        yield return new JsonPathTransformer("$..x-amzn-requestid", "x-amzn-requestid", false);
        yield return new KeyValueTransformer(CauseJsonInput, "json-input", replaceReference: true);
    }

    /// <summary>Priority 2, the snapshot fixture's base transformers, in their order.</summary>
    public static IEnumerable<ISnapshotTransformer> Base(string implementationAccountId)
    {
        yield return new RegexTransformer(implementationAccountId, RecordedAccountId);
        yield return new RegexTransformer("us-east-1", "<region>");
        yield return new RegexTransformer("arn:aws:", "arn:<partition>:");
        yield return new ResponseMetadataTransformer();
        yield return new KeyValueTransformer(
            (k, v) => v is string s && k.ToLowerInvariant().EndsWith("id", StringComparison.Ordinal) && UuidMatch.IsMatch(s) ? s : null,
            "uuid",
            replaceReference: true);
        yield return new RegexTransformer(Iso8601Pattern, "date");
        yield return new KeyValueTransformer((_, v) => v is DateTimeOffset ? v : null, "datetime", replaceReference: false);
        yield return new KeyValueTransformer(
            (k, v) => (TimestampKey.IsMatch(k) || k is "creationTime" or "ingestionTime") && !Iso8601Match.IsMatch(PyValue.Str(v)) ? PyValue.Str(v) : null,
            "timestamp",
            replaceReference: false);
    }

    /// <summary>localstack's <c>resource_name</c> preset (key-value reference <c>resource</c>).</summary>
    public static ISnapshotTransformer ResourceName(string replacement = "resource") =>
        new KeyValueTransformer((_, v) => v is string s ? ResourceNameOf(s) : null, replacement, replaceReference: true);

    public static string? ResourceNameOf(string value)
    {
        var match = ArnMatch.Match(value);
        if (!match.Success)
        {
            return null;
        }

        var res = match.Groups[5].Value;
        if (res.StartsWith('<') && res.EndsWith('>'))
        {
            return null;
        }

        if (value.Contains(":changeSet/", StringComparison.Ordinal))
        {
            return value.Split(":changeSet/")[^1];
        }

        if (res.Contains('/'))
        {
            return res.Split('/')[^1];
        }

        if (res.StartsWith("function:", StringComparison.Ordinal))
        {
            res = res.Replace("function:", string.Empty, StringComparison.Ordinal);
            return res.Contains('$') ? res.Split('$')[0].TrimEnd(':') : res;
        }

        if (res.StartsWith("layer:", StringComparison.Ordinal))
        {
            var parts = res.Split(':');
            if (parts.Length is 2 or 3)
            {
                return parts[1];
            }
        }

        return res.Contains(':') ? res.Split(':')[^1] : res;
    }

    private static object? CauseJsonInput(string key, object? value)
    {
        if (key != "cause" || value is not string s)
        {
            return null;
        }

        var match = CauseJsonMatch.Match(s);
        return match.Success && PyJson.TryParse(match.Groups[1].Value, out _) ? match.Groups[1].Value : null;
    }
}
