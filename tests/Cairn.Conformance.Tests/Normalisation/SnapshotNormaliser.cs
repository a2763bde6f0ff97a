using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// Runs the recording's normalisation over an observed state (<c>{key: obj}</c>, objects already ordered by
/// <see cref="SnapshotOrdering"/> at match time): JSON-in-string parsing, the transformers by priority, then
/// per top-level key <c>json.dumps</c> + registered text replacements + <c>json.loads</c>.
/// </summary>
public static class SnapshotNormaliser
{
    public static OrderedDictionary<string, object?> Normalise(
        OrderedDictionary<string, object?> state,
        IEnumerable<(ISnapshotTransformer Transformer, int Priority)> transformers)
    {
        JsonStringParsing.Apply(state);

        var context = new TransformContext();

        // OrderBy is stable, like Python's sorted().
        foreach (var (transformer, _) in transformers.OrderBy(t => t.Priority))
        {
            transformer.Transform(state, context);
        }

        var result = new OrderedDictionary<string, object?>();
        foreach (var (key, value) in state)
        {
            var text = PyJson.Dumps(value);
            foreach (var replace in context.Replacements)
            {
                text = replace(text);
            }

            result[key] = PyJson.Parse(text);
        }

        return result;
    }
}
