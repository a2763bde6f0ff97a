using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// The test-local <c>_convert_output_to_json</c> function (assign tests): walking the state, the first child dict
/// with a string <c>output</c> that parses as JSON gets it parsed, and that ends the walk of its parent dict;
/// dicts whose <c>output</c> is not a parseable string are descended into.
/// </summary>
public sealed class ConvertOutputToJsonTransformer : ISnapshotTransformer
{
    public void Transform(OrderedDictionary<string, object?> state, TransformContext context) => Walk(state);

    private static void Walk(OrderedDictionary<string, object?> dict)
    {
        foreach (var value in dict.Values.ToList())
        {
            if (value is OrderedDictionary<string, object?> child)
            {
                if (child.TryGetValue("output", out var output) && output is string text && PyJson.TryParse(text, out var parsed))
                {
                    child["output"] = parsed;
                    return;
                }

                Walk(child);
            }
            else if (value is List<object?> list)
            {
                foreach (var item in list)
                {
                    if (item is OrderedDictionary<string, object?> element)
                    {
                        Walk(element);
                    }
                }
            }
        }
    }
}
