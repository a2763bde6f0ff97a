using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary><c>*</c>: the values of all members of the context object, arrays among them flattened.</summary>
internal sealed class WildcardNode(int position) : Node(position)
{
    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        if (input is Sequence { OuterWrapper: true, Count: > 0 } wrapper)
        {
            input = wrapper[0];
        }

        var results = new SequenceBuilder();
        switch (input)
        {
            case JObject o:
                foreach (var member in o.Members)
                {
                    AddFlattened(member.Value, ref results);
                }

                break;
            case JArray a:
                foreach (var item in a)
                {
                    AddFlattened(item, ref results);
                }

                break;
        }

        return Sequence.Normalize(results.ToSequence());
    }

    private static void AddFlattened(JValue value, ref SequenceBuilder results)
    {
        if (value is JArray array)
        {
            foreach (var item in array)
            {
                AddFlattened(item, ref results);
            }
        }
        else
        {
            results.Add(value);
        }
    }
}
