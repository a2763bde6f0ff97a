using Cairn.Json;
using Cairn.Jsonata.Functions;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// The function a transform expression yields. Values are immutable, so instead of cloning and
/// mutating, it finds the objects the pattern selects, computes their updated versions, and
/// rebuilds the argument with those objects replaced.
/// </summary>
internal sealed class TransformFunction : JsonataFunction
{
    private readonly Node _pattern;
    private readonly Node _update;
    private readonly Node? _delete;
    private readonly Frame _frame;
    private readonly int _position;

    public TransformFunction(Node pattern, Node update, Node? delete, Frame frame, int position)
    {
        _pattern = pattern;
        _update = update;
        _delete = delete;
        _frame = frame;
        _position = position;
    }

    public override int Arity => 1;

    internal override JValue? Invoke(FunctionContext context, JValue?[] arguments, JValue? focus)
    {
        var target = arguments.Length > 0 ? arguments[0] : null;
        if (target is null)
        {
            return null;
        }

        if (target is not (JObject or JArray))
        {
            throw JsonataErrors.Create("T0410", _position, "transform", value: target, index: 1);
        }

        var evaluator = (Evaluator)context;
        var matches = _pattern.Evaluate(target, _frame, evaluator);
        if (matches is null)
        {
            return target;
        }

        var replacements = new Dictionary<JObject, JObject>(ReferenceEqualityComparer.Instance);
        JValue single = matches;
        var items = matches is JArray array ? array.Items : new ReadOnlySpan<JValue>(ref single);
        foreach (var match in items)
        {
            if (match is not JObject original)
            {
                continue;
            }

            var current = replacements.TryGetValue(original, out var replaced) ? replaced : original;
            var update = _update.Evaluate(current, _frame, evaluator);
            if (update is not null)
            {
                if (update is not JObject updateObject)
                {
                    throw JsonataErrors.Create("T2011", _position, value: update);
                }

                foreach (var member in updateObject.Members)
                {
                    current = current.With(member.Key, member.Value);
                }
            }

            if (_delete is not null)
            {
                var deletions = _delete.Evaluate(current, _frame, evaluator);
                if (deletions is not null)
                {
                    current = Delete(current, deletions);
                }
            }

            replacements[original] = current;
        }

        return replacements.Count == 0 ? target : Rebuild(target, replacements, new HashSet<JObject>(ReferenceEqualityComparer.Instance));
    }

    private JObject Delete(JObject current, JValue deletions)
    {
        switch (deletions)
        {
            case JString key:
                return current.Without(key.Value);
            case JArray keys:
                foreach (var key in keys)
                {
                    if (key is not JString)
                    {
                        throw JsonataErrors.Create("T2012", _position, value: deletions);
                    }
                }

                foreach (var key in keys)
                {
                    current = current.Without(((JString)key).Value);
                }

                return current;
            default:
                throw JsonataErrors.Create("T2012", _position, value: deletions);
        }
    }

    private static JValue Rebuild(JValue value, Dictionary<JObject, JObject> replacements, HashSet<JObject> active)
    {
        switch (value)
        {
            case JObject o:
            {
                // An update may place a matched object inside its own replacement; that copy stays as it was.
                if (!active.Add(o))
                {
                    return o;
                }

                var source = replacements.TryGetValue(o, out var replaced) ? replaced : o;
                KeyValuePair<string, JValue>[]? members = null;
                var span = source.Members;
                for (var i = 0; i < span.Length; i++)
                {
                    var rebuilt = Rebuild(span[i].Value, replacements, active);
                    if (!ReferenceEquals(rebuilt, span[i].Value))
                    {
                        members ??= span.ToArray();
                        members[i] = new KeyValuePair<string, JValue>(span[i].Key, rebuilt);
                    }
                }

                active.Remove(o);
                return members is null ? source : JObject.Adopt(members);
            }

            case JArray a:
            {
                JValue[]? items = null;
                for (var i = 0; i < a.Count; i++)
                {
                    var rebuilt = Rebuild(a[i], replacements, active);
                    if (!ReferenceEquals(rebuilt, a[i]))
                    {
                        items ??= a.Items.ToArray();
                        items[i] = rebuilt;
                    }
                }

                return items is null ? a : JArray.Adopt(items);
            }

            default:
                return value;
        }
    }
}
