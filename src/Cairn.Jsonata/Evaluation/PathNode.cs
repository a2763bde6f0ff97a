using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// A location path <c>a.b[p].c</c>: each step is evaluated for every item the previous step
/// produced and the results are flattened into one sequence. From the first step that binds
/// variables (<c>@</c>, <c>#</c>, or a parent label) on, the path carries tuples instead of
/// plain values.
/// </summary>
internal sealed partial class PathNode : Node, ITupleSource
{
    private readonly Step[] _steps;
    private readonly bool _firstIsVariable;
    private readonly int _firstTupleStep;

    public PathNode(int position, Step[] steps, bool keepSingletonArray, (Node Key, Node Value)[]? group) : base(position)
    {
        _steps = steps;
        KeepSingletonArray = keepSingletonArray;
        Group = group;
        _firstIsVariable = steps[0].Expression is VariableNode or ContextNode;
        _firstTupleStep = -1;
        for (var i = 0; i < steps.Length; i++)
        {
            if (steps[i].Tuple)
            {
                _firstTupleStep = i;
                break;
            }
        }
    }

    public bool KeepSingletonArray { get; }

    public (Node Key, Node Value)[]? Group { get; }

    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        if (_firstTupleStep >= 0)
        {
            return EvaluateWithTuples(input, frame, evaluator);
        }

        var current = input;
        var itemsMode = !_firstIsVariable;
        var steps = _steps;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            var result = i == 0 && step.ConsArrayFirst
                ? step.Expression!.Evaluate(current, frame, evaluator)
                : EvaluateStep(step, current, itemsMode, frame, evaluator, i == steps.Length - 1);
            itemsMode = true;
            current = result;
            if (result is null || result is Sequence { Count: 0 })
            {
                current = null;
                break;
            }
        }

        return Finish(current, frame, evaluator);
    }

    private JValue? Finish(JValue? result, Frame frame, Evaluator evaluator)
    {
        if (KeepSingletonArray && result is not null)
        {
            result = result switch
            {
                ConsArray => Sequence.Single(result, keepSingleton: true),
                Sequence s => s.WithKeepSingleton(),
                JArray => result,
                _ => Sequence.Single(result, keepSingleton: true),
            };
        }

        if (Group is not null)
        {
            return Grouping.Evaluate(Group, result, frame, evaluator);
        }

        return Sequence.Normalize(result);
    }

    /// <summary>
    /// One step over the current items. Returns null for nothing, a sequence, a single non-array
    /// value, or an array to be iterated (flattened) by the next step or returned as-is when last.
    /// </summary>
    private static JValue? EvaluateStep(Step step, JValue? current, bool itemsMode, Frame frame, Evaluator evaluator, bool last)
    {
        if (step.SortTerms is not null)
        {
            var sorted = Sequence.Adopt(Sorting.Sort(ToItems(current, itemsMode), step.SortTerms, frame, evaluator));
            return ApplyFilters(step, sorted, frame, evaluator);
        }

        var expression = step.Expression!;
        if (!itemsMode || current is not JArray array)
        {
            var single = expression.Evaluate(current, frame, evaluator);
            if (step.Stages.Length > 0)
            {
                single = ApplyFilters(step, single, frame, evaluator);
            }

            return single switch
            {
                null => null,
                ConsArray => Sequence.Single(single),
                _ => single,
            };
        }

        var results = new SequenceBuilder();
        foreach (var item in array)
        {
            evaluator.Tick();
            var result = expression.Evaluate(item, frame, evaluator);
            if (step.Stages.Length > 0)
            {
                result = ApplyFilters(step, result, frame, evaluator);
            }

            if (result is not null)
            {
                results.Add(result);
            }
        }

        if (results.Count == 0)
        {
            return null;
        }

        if (results.Count == 1)
        {
            var only = results[0];
            if (last && only is JArray and not Sequence)
            {
                return only;
            }

            return only switch
            {
                ConsArray => Sequence.Single(only),
                Sequence => only,
                _ => only,
            };
        }

        var flattened = new SequenceBuilder();
        for (var i = 0; i < results.Count; i++)
        {
            flattened.AddFlattened(results[i]);
        }

        return flattened.ToSequence();
    }

    private static JValue? ApplyFilters(Step step, JValue? value, Frame frame, Evaluator evaluator)
    {
        foreach (var stage in step.Stages)
        {
            value = Filtering.Filter(stage.Predicate!, value, frame, evaluator);
        }

        return value;
    }

    private static JValue[] ToItems(JValue? current, bool itemsMode)
    {
        if (current is null)
        {
            return [];
        }

        if (itemsMode && current is JArray array)
        {
            return array.Items.ToArray();
        }

        return [current];
    }
}
