using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>[a, b, 1..3]</c>: item values are appended (arrays spread), except nested array constructors, which stay nested.</summary>
internal sealed class ArrayConstructorNode(int position, Node[] items, bool[] keepNested, bool consArray) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        if (items.Length == 1 && !keepNested[0] && items[0] is RangeNode)
        {
            // [a..b] holds the range's integers (none for an empty range): they stay unmade until read.
            return items[0].Evaluate(input, frame, evaluator) is IntegerRange range
                ? consArray ? ConsArray.Of(range) : range
                : consArray ? ConsArray.Adopt([]) : JArray.Empty;
        }

        var results = new SequenceBuilder();
        for (var i = 0; i < items.Length; i++)
        {
            var value = items[i].Evaluate(input, frame, evaluator);
            if (value is null)
            {
                continue;
            }

            if (keepNested[i])
            {
                results.Add(value);
            }
            else if (value is JArray array)
            {
                foreach (var item in array)
                {
                    results.Add(item);
                }
            }
            else
            {
                results.Add(value);
            }
        }

        var values = results.ToArray();
        return consArray ? ConsArray.Adopt(values) : JArray.Adopt(values);
    }
}
