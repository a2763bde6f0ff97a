namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>One normalisation step over the whole observed state (changes it in place or registers text replacements).</summary>
public interface ISnapshotTransformer
{
    void Transform(OrderedDictionary<string, object?> state, TransformContext context);
}
