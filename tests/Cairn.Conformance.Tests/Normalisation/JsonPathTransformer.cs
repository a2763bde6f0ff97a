namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// localstack-snapshot's JsonpathTransformer: reference mode registers every match value (must be a string)
/// under <c>replacement</c>; otherwise every match is set to <c>replacement</c> in place.
/// </summary>
public sealed class JsonPathTransformer(string jsonPath, string replacement, bool replaceReference) : ISnapshotTransformer
{
    private readonly JsonPath _path = JsonPath.Parse(jsonPath);

    public void Transform(OrderedDictionary<string, object?> state, TransformContext context)
    {
        if (!replaceReference)
        {
            _path.Update(state, replacement);
            return;
        }

        foreach (var match in _path.Find(state))
        {
            context.RegisterReference(match.Value, replacement);
        }
    }
}
