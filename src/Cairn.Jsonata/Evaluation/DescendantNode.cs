using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>**</c>: the context value and everything below it, arrays themselves excluded.</summary>
internal sealed class DescendantNode(int position) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        if (input is null)
        {
            return null;
        }

        var results = new SequenceBuilder();
        Collect(input, ref results);
        return Sequence.Normalize(results.ToSequence());
    }

    private static void Collect(JValue value, ref SequenceBuilder results)
    {
        switch (value)
        {
            case JArray a:
                foreach (var item in a)
                {
                    Collect(item, ref results);
                }

                break;
            case JObject o:
                results.Add(o);
                foreach (var member in o.Members)
                {
                    Collect(member.Value, ref results);
                }

                break;
            default:
                results.Add(value);
                break;
        }
    }
}
