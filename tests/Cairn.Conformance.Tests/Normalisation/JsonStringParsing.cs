using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// Step 2: in every dict (children first: dict values and dict elements of lists), a string value starting with
/// <c>{</c> that parses as JSON is replaced by the parsed object. Strings in lists, JSON arrays/scalars and
/// strings nested inside the parsed object stay strings.
/// </summary>
public static class JsonStringParsing
{
    public static void Apply(OrderedDictionary<string, object?> dict)
    {
        foreach (var key in dict.Keys.ToList())
        {
            var value = dict[key];
            if (value is List<object?> list)
            {
                foreach (var item in list)
                {
                    if (item is OrderedDictionary<string, object?> element)
                    {
                        Apply(element);
                    }
                }
            }

            if (value is OrderedDictionary<string, object?> child)
            {
                Apply(child);
            }

            if (value is string s && s.StartsWith('{') && PyJson.TryParse(s, out var parsed))
            {
                dict[key] = parsed;
            }
        }
    }
}
