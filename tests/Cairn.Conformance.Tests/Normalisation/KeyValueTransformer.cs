namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// localstack-snapshot's KeyValueBasedTransformer: walks dicts (and dict elements of lists, not lists in lists);
/// for an entry where <c>match(key, value)</c> returns non-null, either registers the result as a reference
/// value or replaces in place (inside a string value with <c>str.replace</c>, the whole value otherwise).
/// A matched entry is not descended into.
/// </summary>
public sealed class KeyValueTransformer(Func<string, object?, object?> match, string replacement, bool replaceReference) : ISnapshotTransformer
{
    public void Transform(OrderedDictionary<string, object?> state, TransformContext context) => Walk(state, context);

    private void Walk(OrderedDictionary<string, object?> dict, TransformContext context)
    {
        foreach (var key in dict.Keys.ToList())
        {
            var value = dict[key];
            var result = match(key, value);
            if (result is not null)
            {
                if (replaceReference)
                {
                    context.RegisterReference(result, replacement);
                }
                else if (value is string s)
                {
                    dict[key] = result is string needle ? PythonReplace(s, needle, replacement) : replacement;
                }
                else
                {
                    dict[key] = replacement;
                }
            }
            else if (value is List<object?> list)
            {
                foreach (var item in list)
                {
                    if (item is OrderedDictionary<string, object?> child)
                    {
                        Walk(child, context);
                    }
                }
            }
            else if (value is OrderedDictionary<string, object?> child)
            {
                Walk(child, context);
            }
        }
    }

    private static string PythonReplace(string s, string needle, string with) =>
        needle.Length == 0 ? with + string.Concat(s.Select(c => c + with)) : s.Replace(needle, with, StringComparison.Ordinal);
}
