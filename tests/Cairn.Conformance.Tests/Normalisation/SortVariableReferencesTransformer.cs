namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>The variable-references test's custom transformer: sorts every name list under <c>$..variableReferences</c>.</summary>
public sealed class SortVariableReferencesTransformer : ISnapshotTransformer
{
    private static readonly JsonPath Path = JsonPath.Parse("$..variableReferences");

    public void Transform(OrderedDictionary<string, object?> state, TransformContext context)
    {
        foreach (var match in Path.Find(state))
        {
            if (match.Value is not OrderedDictionary<string, object?> references)
            {
                continue;
            }

            foreach (var names in references.Values)
            {
                if (names is List<object?> list && list.All(n => n is string))
                {
                    list.Sort((a, b) => string.CompareOrdinal((string)a!, (string)b!));
                }
            }
        }
    }
}
