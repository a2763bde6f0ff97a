namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// Reduces every <c>ResponseMetadata</c> (at any dict depth, not inside lists) to the only parts the recording
/// kept: the <c>content_type</c> header if present and a truthy HTTP status code.
/// </summary>
public sealed class ResponseMetadataTransformer : ISnapshotTransformer
{
    public void Transform(OrderedDictionary<string, object?> state, TransformContext context) => Walk(state);

    private static void Walk(OrderedDictionary<string, object?> dict)
    {
        foreach (var key in dict.Keys.ToList())
        {
            var value = dict[key];
            if (key == "ResponseMetadata" && value is OrderedDictionary<string, object?> metadata)
            {
                var headers = new OrderedDictionary<string, object?>();
                if (metadata.TryGetValue("HTTPHeaders", out var h) && h is OrderedDictionary<string, object?> httpHeaders &&
                    httpHeaders.TryGetValue("content_type", out var contentType) && IsTruthy(contentType))
                {
                    headers["content_type"] = contentType;
                }

                var simplified = new OrderedDictionary<string, object?> { ["HTTPHeaders"] = headers };
                if (metadata.TryGetValue("HTTPStatusCode", out var status) && IsTruthy(status))
                {
                    simplified["HTTPStatusCode"] = status;
                }

                dict[key] = simplified;
            }
            else if (value is OrderedDictionary<string, object?> child)
            {
                Walk(child);
            }
        }
    }

    private static bool IsTruthy(object? v) => v switch
    {
        null => false,
        bool b => b,
        long l => l != 0,
        double d => d != 0,
        string s => s.Length > 0,
        List<object?> list => list.Count > 0,
        OrderedDictionary<string, object?> dict => dict.Count > 0,
        _ => true,
    };
}
