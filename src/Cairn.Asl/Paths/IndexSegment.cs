using System.Globalization;
using System.Text;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary><c>[n]</c>: an array element; a negative index counts from the end.</summary>
internal sealed class IndexSegment : PathSegment
{
    public IndexSegment(int index) => Index = index;

    public int Index { get; }

    public override bool IsDefinite => true;

    public override bool IsReferenceStep => Index >= 0;

    public override bool TryStep(JValue current, out JValue next)
    {
        if (current is JArray array)
        {
            var i = Index < 0 ? array.Count + Index : Index;
            if ((uint)i < (uint)array.Count)
            {
                next = array[i];
                return true;
            }
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

    public override bool MatchesInDescent(JValue node, in PathEnvironment environment) => node is JArray;

    public override void AppendNormalized(StringBuilder builder) =>
        builder.Append('[').Append(Index.ToString(CultureInfo.InvariantCulture)).Append(']');
}
