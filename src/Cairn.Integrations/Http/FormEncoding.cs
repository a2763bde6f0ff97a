using System.Globalization;
using System.Text;
using Cairn.Json;

namespace Cairn.Integrations.Http;

/// <summary>
/// The HTTP Task's URL encoding of a JSON object (<c>Transform.RequestBodyEncoding: URL_ENCODED</c>
/// and query parameters): <c>key=value</c> pairs joined with <c>&amp;</c>, nested objects as
/// <c>a[b]=c</c>, arrays by <see cref="ArrayFormat"/>: <c>INDICES</c> (<c>a[0]=x&amp;a[1]=y</c>, the
/// default), <c>REPEAT</c> (<c>a=x&amp;a=y</c>), <c>COMMAS</c> (<c>a=x,y</c>), <c>BRACKETS</c>
/// (<c>a[]=x&amp;a[]=y</c>). Keys and values are percent-encoded as RFC 3986 says.
/// </summary>
public static class FormEncoding
{
    public const string Indices = "INDICES";
    public const string Repeat = "REPEAT";
    public const string Commas = "COMMAS";
    public const string Brackets = "BRACKETS";

    public static readonly IReadOnlyList<string> ArrayFormats = [Indices, Repeat, Commas, Brackets];

    /// <summary>The pairs of an object, unencoded, in order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Pairs(JObject value, string arrayFormat = Indices)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var member in value.Members)
        {
            Add(pairs, member.Key, member.Value, arrayFormat);
        }

        return pairs;
    }

    /// <summary>The pairs as <c>k=v&amp;k=v</c>, percent-encoded.</summary>
    public static string Encode(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var text = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return text.ToString();
    }

    /// <summary>A scalar as text: strings as they are, numbers and booleans as JSON writes them, null as nothing.</summary>
    public static string Scalar(JValue value) => value switch
    {
        JString s => s.Value,
        JNull => string.Empty,
        _ => value.ToJson(),
    };

    private static void Add(List<KeyValuePair<string, string>> pairs, string key, JValue value, string arrayFormat)
    {
        switch (value)
        {
            case JObject o:
                foreach (var member in o.Members)
                {
                    Add(pairs, $"{key}[{member.Key}]", member.Value, arrayFormat);
                }

                break;
            case JArray a when arrayFormat == Commas && a.All(i => i is not (JObject or JArray)):
                pairs.Add(new(key, string.Join(",", a.Select(Scalar))));
                break;
            case JArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    var itemKey = arrayFormat switch
                    {
                        Repeat => key,
                        Brackets => key + "[]",
                        _ => key + "[" + i.ToString(CultureInfo.InvariantCulture) + "]",
                    };
                    Add(pairs, itemKey, a[i], arrayFormat);
                }

                break;
            default:
                pairs.Add(new(key, Scalar(value)));
                break;
        }
    }
}
