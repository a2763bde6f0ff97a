using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// Object constructors and group-by: every input item is keyed by each pair's key expression;
/// items with the same key are grouped, and each pair's value expression is evaluated once per
/// group with the group's items as context.
/// </summary>
internal static class Grouping
{
    public static JValue Evaluate((Node Key, Node Value)[] pairs, JValue? input, Frame frame, Evaluator evaluator)
    {
        JValue single = input!;
        var items = input is JArray array ? array.Items : new ReadOnlySpan<JValue>(ref single);
        if (input is JArray { Count: 0 } || input is null)
        {
            // An empty input still yields an object: the pairs are evaluated with an undefined context.
            return Build(pairs, [new Group(null, null, 0)], frame, evaluator);
        }

        if (pairs.Length == 1 && items.Length == 1)
        {
            // The common shape {key: value} over one item needs no grouping table.
            var key = KeyOf(pairs[0].Key, items[0], frame, evaluator);
            if (key is null)
            {
                return JObject.Empty;
            }

            var value = pairs[0].Value.Evaluate(items[0], frame, evaluator);
            return value is null ? JObject.Empty : JObject.Adopt([new KeyValuePair<string, JValue>(key, value)]);
        }

        var groups = new List<Group>();
        Dictionary<string, int>? index = null;
        foreach (var item in items)
        {
            evaluator.Tick();
            for (var p = 0; p < pairs.Length; p++)
            {
                var key = KeyOf(pairs[p].Key, item, frame, evaluator);
                if (key is null)
                {
                    continue;
                }

                index ??= new Dictionary<string, int>(StringComparer.Ordinal);
                if (index.TryGetValue(key, out var g))
                {
                    var group = groups[g];
                    if (group.PairIndex != p)
                    {
                        throw JsonataErrors.Create("D1009", pairs[p].Key.Position, value: new JString(key));
                    }

                    group.Add(item);
                }
                else
                {
                    index[key] = groups.Count;
                    var group = new Group(key, null, p);
                    group.Add(item);
                    groups.Add(group);
                }
            }
        }

        return Build(pairs, groups, frame, evaluator);
    }

    public static JValue EvaluateTuples((Node Key, Node Value)[] pairs, List<TupleBinding> tuples, Frame frame, Evaluator evaluator)
    {
        if (tuples.Count == 0)
        {
            return Build(pairs, [new Group(null, null, 0)], frame, evaluator);
        }

        var groups = new List<Group>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tuple in tuples)
        {
            var tupleFrame = tuple.CreateFrame(frame);
            for (var p = 0; p < pairs.Length; p++)
            {
                var key = KeyOf(pairs[p].Key, tuple.Focus, tupleFrame, evaluator);
                if (key is null)
                {
                    continue;
                }

                if (index.TryGetValue(key, out var g))
                {
                    if (groups[g].PairIndex != p)
                    {
                        throw JsonataErrors.Create("D1009", pairs[p].Key.Position, value: new JString(key));
                    }

                    groups[g].Tuples!.Add(tuple);
                }
                else
                {
                    index[key] = groups.Count;
                    groups.Add(new Group(key, [tuple], p));
                }
            }
        }

        return Build(pairs, groups, frame, evaluator);
    }

    private static string? KeyOf(Node keyNode, JValue? item, Frame frame, Evaluator evaluator)
    {
        var key = keyNode.Evaluate(item, frame, evaluator);
        return key switch
        {
            null => null,
            JString s => s.Value,
            _ => throw JsonataErrors.Create("T1003", keyNode.Position, value: key),
        };
    }

    private static JObject Build((Node Key, Node Value)[] pairs, List<Group> groups, Frame frame, Evaluator evaluator)
    {
        var builder = new JObjectBuilder(groups.Count);
        foreach (var group in groups)
        {
            JValue? value;
            if (group.Tuples is { } tuples)
            {
                var reduced = Reduce(tuples);
                value = pairs[group.PairIndex].Value.Evaluate(reduced.Focus, reduced.CreateFrame(frame), evaluator);
            }
            else if (group.Key is null)
            {
                // The empty input: evaluate each pair once with an undefined context.
                foreach (var (keyNode, valueNode) in pairs)
                {
                    var key = KeyOf(keyNode, null, frame, evaluator);
                    if (key is not null && valueNode.Evaluate(null, frame, evaluator) is { } v)
                    {
                        if (builder.Contains(key))
                        {
                            throw JsonataErrors.Create("D1009", keyNode.Position, value: new JString(key));
                        }

                        builder.Set(key, v);
                    }
                }

                continue;
            }
            else
            {
                value = pairs[group.PairIndex].Value.Evaluate(group.Context, frame, evaluator);
            }

            if (value is not null)
            {
                builder.Set(group.Key!, value);
            }
        }

        return builder.Build();
    }

    // Bindings of several tuples merged: each variable (and the focus) becomes the sequence of its values.
    private static TupleBinding Reduce(List<TupleBinding> tuples)
    {
        if (tuples.Count == 1)
        {
            return tuples[0];
        }

        var focus = tuples[0].Focus;
        for (var t = 1; t < tuples.Count; t++)
        {
            focus = Append(focus, tuples[t].Focus);
        }

        var result = new TupleBinding(focus);
        var first = tuples[0];
        for (var i = 0; i < first.Count; i++)
        {
            var name = first.NameAt(i);
            var value = first.ValueAt(i);
            for (var t = 1; t < tuples.Count; t++)
            {
                value = Append(value, tuples[t].TryGet(name, out var v) ? v : null);
            }

            result = result.With(name, value);
        }

        return result;
    }

    /// <summary>JSONata's append: undefined is absorbed, values and arrays are joined into one sequence.</summary>
    public static JValue? Append(JValue? left, JValue? right)
    {
        if (left is null)
        {
            return right;
        }

        if (right is null)
        {
            return left;
        }

        var builder = new SequenceBuilder();
        builder.AddFlattened(left);
        builder.AddFlattened(right);
        return builder.ToSequence();
    }

    private sealed class Group(string? key, List<TupleBinding>? tuples, int pairIndex)
    {
        private SequenceBuilder _items;

        public string? Key { get; } = key;

        public List<TupleBinding>? Tuples { get; } = tuples;

        public int PairIndex { get; } = pairIndex;

        public JValue? Context => _items.Count switch
        {
            0 => null,
            1 => _items[0],
            _ => _items.ToSequence(),
        };

        public void Add(JValue item)
        {
            if (_items.Count == 0)
            {
                _items.Add(item);
            }
            else
            {
                if (_items.Count == 1 && _items[0] is JArray first)
                {
                    _items = default;
                    _items.AddFlattened(first);
                }

                _items.AddFlattened(item);
            }
        }
    }
}
