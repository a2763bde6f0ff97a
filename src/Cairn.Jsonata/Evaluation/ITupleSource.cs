using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary>An expression used as a step that yields tuples (its own variable bindings) rather than values.</summary>
internal interface ITupleSource
{
    List<TupleBinding> EvaluateTuples(JValue? input, Frame frame, Evaluator evaluator);
}
