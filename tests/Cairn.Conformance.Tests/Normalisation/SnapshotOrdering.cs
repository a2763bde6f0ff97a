namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// Step 1 (at match time): dicts rebuilt with sorted keys and <c>ResponseMetadata</c> last; dict elements of lists
/// are ordered, a list inside a list is not descended into, a top-level list is left as is.
/// </summary>
public static class SnapshotOrdering
{
    public static object? Order(object? value)
    {
        if (value is not OrderedDictionary<string, object?> dict)
        {
            return value;
        }

        var ordered = new OrderedDictionary<string, object?>(dict.Count);
        foreach (var (key, item) in dict.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            ordered[key] = item switch
            {
                OrderedDictionary<string, object?> => Order(item),
                List<object?> list => list.Select(Order).ToList(),
                _ => item,
            };
        }

        if (ordered.Remove("ResponseMetadata", out var metadata))
        {
            ordered["ResponseMetadata"] = metadata;
        }

        return ordered;
    }
}
