using System.Text;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary>
/// <c>['a','b']</c>. Jayway gives this two meanings: as the last step it is definite and yields
/// one object holding the requested members that exist (a projection); anywhere else it yields
/// each member's value in turn.
/// </summary>
internal sealed class PropertyUnionSegment : PathSegment
{
    private readonly string[] _names;

    public PropertyUnionSegment(string[] names, bool isProjection)
    {
        _names = names;
        IsProjection = isProjection;
    }

    /// <summary>True when the step is the last one and merges the members into one object.</summary>
    public bool IsProjection { get; }

    public override bool IsDefinite => IsProjection;

    public PropertyUnionSegment AsProjection() => IsProjection ? this : new PropertyUnionSegment(_names, isProjection: true);

    public override bool TryStep(JValue current, out JValue next)
    {
        if (current is not JObject obj)
        {
            next = JNull.Instance;
            return false;
        }

        var builder = new JObjectBuilder(_names.Length);
        foreach (var name in _names)
        {
            if (obj.TryGetValue(name, out var value))
            {
                builder.Set(name, value);
            }
        }

        next = builder.Build();
        return true;
    }

    public override void Select(JValue current, in PathEnvironment environment, List<JValue> output)
    {
        if (IsProjection)
        {
            if (TryStep(current, out var merged))
            {
                output.Add(merged);
            }

            return;
        }

        if (current is JObject obj)
        {
            foreach (var name in _names)
            {
                if (obj.TryGetValue(name, out var value))
                {
                    output.Add(value);
                }
            }
        }
    }

    public override bool MatchesInDescent(JValue node, in PathEnvironment environment)
    {
        if (node is not JObject obj)
        {
            return false;
        }

        foreach (var name in _names)
        {
            if (!obj.ContainsKey(name))
            {
                return false;
            }
        }

        return true;
    }

    public override void AppendNormalized(StringBuilder builder)
    {
        builder.Append('[');
        for (var i = 0; i < _names.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            AppendQuoted(builder, _names[i]);
        }

        builder.Append(']');
    }
}
