using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>Predicates on an expression that is not a path step, applied to its whole result.</summary>
internal sealed class FilteredNode(int position, Node inner, Node[] predicates) : Node(position)
{
    /// <summary>The <c>[]</c> marker: a one-item result stays an array.</summary>
    public bool KeepSingleton { get; set; }

    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        var value = inner.Evaluate(input, frame, evaluator);
        foreach (var predicate in predicates)
        {
            value = Filtering.Filter(predicate, value, frame, evaluator);
        }

        return Sequence.Normalize(KeepSingleton && value is Sequence s ? s.WithKeepSingleton() : value);
    }
}
