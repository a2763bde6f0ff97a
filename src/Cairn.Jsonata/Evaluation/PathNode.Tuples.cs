using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

internal sealed partial class PathNode
{
    public List<TupleBinding> EvaluateTuples(JValue? input, Frame frame, Evaluator evaluator)
    {
        var tuples = RunWithTuples(input, frame, evaluator, out var plain);
        if (tuples is not null)
        {
            return tuples;
        }

        var result = new List<TupleBinding>();
        foreach (var item in ToItems(Sequence.Normalize(plain), itemsMode: true))
        {
            result.Add(new TupleBinding(item));
        }

        return result;
    }

    private JValue? EvaluateWithTuples(JValue? input, Frame frame, Evaluator evaluator)
    {
        var tuples = RunWithTuples(input, frame, evaluator, out var plain);
        if (tuples is null)
        {
            return Finish(plain, frame, evaluator);
        }

        if (Group is not null)
        {
            return Grouping.EvaluateTuples(Group, tuples, frame, evaluator);
        }

        var results = new SequenceBuilder();
        foreach (var tuple in tuples)
        {
            if (tuple.Focus is { } focus)
            {
                results.Add(focus);
            }
        }

        var sequence = results.ToSequence(KeepSingletonArray);
        return Sequence.Normalize(sequence);
    }

    /// <summary>Runs the steps; returns the tuples, or null (with the plain result) when the path ended before its first tuple step.</summary>
    private List<TupleBinding>? RunWithTuples(JValue? input, Frame frame, Evaluator evaluator, out JValue? plain)
    {
        var current = input;
        var itemsMode = !_firstIsVariable;
        var steps = _steps;
        List<TupleBinding>? tuples = null;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            if (i == 0 && step.ConsArrayFirst)
            {
                current = step.Expression!.Evaluate(current, frame, evaluator);
                itemsMode = true;
                continue;
            }

            if (i < _firstTupleStep || _firstTupleStep < 0)
            {
                current = EvaluateStep(step, current, itemsMode, frame, evaluator, i == steps.Length - 1);
                itemsMode = true;
                if (current is null || current is Sequence { Count: 0 })
                {
                    plain = null;
                    return null;
                }

                continue;
            }

            tuples = EvaluateTupleStep(step, current, itemsMode, tuples, frame, evaluator);
        }

        plain = current;
        return tuples;
    }

    private static List<TupleBinding> EvaluateTupleStep(Step step, JValue? current, bool itemsMode, List<TupleBinding>? tuples, Frame frame, Evaluator evaluator)
    {
        List<TupleBinding> result;
        if (step.SortTerms is not null)
        {
            if (tuples is null)
            {
                var sorted = Sorting.Sort(ToItems(current, itemsMode), step.SortTerms, frame, evaluator);
                result = new List<TupleBinding>(sorted.Length);
                for (var i = 0; i < sorted.Length; i++)
                {
                    var tuple = new TupleBinding(sorted[i]);
                    result.Add(step.Index is null ? tuple : tuple.With(step.Index, JNumber.From(i)));
                }
            }
            else
            {
                result = Sorting.Sort(tuples, step.SortTerms, frame, evaluator);
            }

            return ApplyTupleStages(step, result, frame, evaluator);
        }

        if (tuples is null)
        {
            tuples = [];
            foreach (var item in ToItems(current, itemsMode))
            {
                tuples.Add(new TupleBinding(item));
            }
        }

        result = new List<TupleBinding>(tuples.Count);
        var expression = step.Expression!;
        foreach (var tuple in tuples)
        {
            evaluator.Tick();
            var tupleFrame = tuple.CreateFrame(frame);
            if (step.TupleSource is { } source)
            {
                foreach (var inner in source.EvaluateTuples(tuple.Focus, tupleFrame, evaluator))
                {
                    result.Add(tuple.Merge(inner));
                }

                continue;
            }

            var value = expression.Evaluate(tuple.Focus, tupleFrame, evaluator);
            if (value is null)
            {
                continue;
            }

            JValue single = value;
            var items = value is JArray array ? array.Items : new ReadOnlySpan<JValue>(ref single);
            for (var i = 0; i < items.Length; i++)
            {
                var next = step.Focus is null ? tuple.WithFocus(items[i]) : tuple.With(step.Focus, items[i]);
                if (step.Index is not null)
                {
                    next = next.With(step.Index, JNumber.From(i));
                }

                if (step.AncestorLabel is not null)
                {
                    next = next.With(step.AncestorLabel, tuple.Focus);
                }

                result.Add(next);
            }
        }

        return ApplyTupleStages(step, result, frame, evaluator);
    }

    private static List<TupleBinding> ApplyTupleStages(Step step, List<TupleBinding> tuples, Frame frame, Evaluator evaluator)
    {
        foreach (var stage in step.Stages)
        {
            if (stage.Predicate is not null)
            {
                tuples = Filtering.Filter(stage.Predicate, tuples, frame, evaluator);
            }
            else
            {
                var indexed = new List<TupleBinding>(tuples.Count);
                for (var i = 0; i < tuples.Count; i++)
                {
                    indexed.Add(tuples[i].With(stage.IndexVariable!, JNumber.From(i)));
                }

                tuples = indexed;
            }
        }

        return tuples;
    }
}
