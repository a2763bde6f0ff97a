using System.Globalization;
using System.Text;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary><c>[0,2,-1]</c>: several array elements in the order written; missing ones are skipped.</summary>
internal sealed class IndexUnionSegment : PathSegment
{
    private readonly int[] _indexes;

    public IndexUnionSegment(int[] indexes) => _indexes = indexes;

    public override bool IsDefinite => false;

    public override void Select(JValue current, in PathEnvironment environment, List<JValue> output)
    {
        if (current is not JArray array)
        {
            return;
        }

        foreach (var index in _indexes)
        {
            var i = index < 0 ? array.Count + index : index;
            if ((uint)i < (uint)array.Count)
            {
                output.Add(array[i]);
            }
        }
    }

    public override bool MatchesInDescent(JValue node, in PathEnvironment environment) => node is JArray;

    public override void AppendNormalized(StringBuilder builder)
    {
        builder.Append('[');
        for (var i = 0; i < _indexes.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(_indexes[i].ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(']');
    }
}
