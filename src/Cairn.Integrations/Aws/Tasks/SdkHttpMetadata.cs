using Cairn.Integrations.Aws.Http;
using Cairn.Json;

namespace Cairn.Integrations.Aws.Tasks;

/// <summary>
/// What the optimized integrations add to a service's output, as the AWS SDK for Java 1.x reports
/// the HTTP response: <c>SdkHttpMetadata</c> (every header as a list in <c>AllHttpHeaders</c>, the
/// headers by name in <c>HttpHeaders</c>, the status) and <c>SdkResponseMetadata</c> (the request id).
/// </summary>
public static class SdkHttpMetadata
{
    public static JObject Append(JObject output, AwsHttpResponse response)
    {
        var values = new Dictionary<string, List<JValue>>(StringComparer.Ordinal);
        var order = new List<string>();
        var byName = new SortedDictionary<string, JValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in response.Headers)
        {
            if (!values.TryGetValue(name, out var list))
            {
                values[name] = list = [];
                order.Add(name);
            }

            list.Add(new JString(value));
            byName[name] = new JString(value);
        }

        var all = new JObjectBuilder(order.Count);
        foreach (var name in order)
        {
            all.Set(name, JArray.Create(values[name]));
        }

        var headers = new JObjectBuilder(byName.Count);
        foreach (var (name, value) in byName)
        {
            headers.Set(name, value);
        }

        var builder = new JObjectBuilder(output.Count + 2);
        foreach (var (key, value) in output)
        {
            builder.Set(key, value);
        }

        builder.Set("SdkHttpMetadata", JObject.Create(
            ("AllHttpHeaders", all.Build()),
            ("HttpHeaders", headers.Build()),
            ("HttpStatusCode", JNumber.From(response.Status))));
        builder.Set("SdkResponseMetadata", JObject.Create(("RequestId", response.RequestId is { } id ? new JString(id) : JNull.Instance)));
        return builder.Build();
    }
}
