using Cairn.Json;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Evaluation;

/// <summary>A field name step: the member of an object, or of each object in an array (flattened).</summary>
internal sealed class NameNode(int position, string name) : Node(position)
{
    public string Name { get; } = name;

    public override JValue? Evaluate(JValue? input, Frame frame, Evaluator evaluator)
    {
        switch (input)
        {
            case JObject o:
                return o.TryGetValue(Name, out var value) ? value : null;
            case JArray a:
            {
                var results = new SequenceBuilder();
                Collect(a, ref results);
                return Sequence.Normalize(results.ToSequence());
            }

            default:
                return null;
        }
    }

    private void Collect(JArray array, ref SequenceBuilder results)
    {
        foreach (var item in array)
        {
            switch (item)
            {
                case JObject o when o.TryGetValue(Name, out var value):
                    if (value is JArray inner)
                    {
                        foreach (var x in inner)
                        {
                            results.Add(x);
                        }
                    }
                    else
                    {
                        results.Add(value);
                    }

                    break;
                case JArray nested:
                    Collect(nested, ref results);
                    break;
            }
        }
    }
}
