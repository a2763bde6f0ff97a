using System.Text;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary><c>.name</c> or <c>['name']</c>: the member of an object.</summary>
internal sealed class PropertySegment : PathSegment
{
    public PropertySegment(string name) => Name = name;

    public string Name { get; }

    public override bool IsDefinite => true;

    public override bool IsReferenceStep => true;

    public override bool TryStep(JValue current, out JValue next)
    {
        if (current is JObject obj && obj.TryGetValue(Name, out var value))
        {
            next = value;
            return true;
        }

        next = JNull.Instance;
        return false;
    }

    public override void Select(JValue current, in PathEnvironment environment, List<JValue> output)
    {
        if (TryStep(current, out var next))
        {
            output.Add(next);
        }
    }

    public override bool MatchesInDescent(JValue node, in PathEnvironment environment) =>
        node is JObject obj && obj.ContainsKey(Name);

    public override void AppendNormalized(StringBuilder builder)
    {
        builder.Append('[');
        AppendQuoted(builder, Name);
        builder.Append(']');
    }
}
