namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>Removes a key everywhere (through dicts and lists), e.g. localstack's internal <c>x-localstack</c> entries.</summary>
public sealed class RemoveKeyTransformer(string key) : ISnapshotTransformer
{
    public void Transform(OrderedDictionary<string, object?> state, TransformContext context) => Walk(state);

    private void Walk(object? node)
    {
        switch (node)
        {
            case OrderedDictionary<string, object?> dict:
                dict.Remove(key);
                foreach (var value in dict.Values)
                {
                    Walk(value);
                }

                break;
            case List<object?> list:
                foreach (var item in list)
                {
                    Walk(item);
                }

                break;
        }
    }
}
