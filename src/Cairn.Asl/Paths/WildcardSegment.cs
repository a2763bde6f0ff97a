using System.Text;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary><c>.*</c> or <c>[*]</c>: every member value of an object, every element of an array, nothing of a scalar.</summary>
internal sealed class WildcardSegment : PathSegment
{
    public static readonly WildcardSegment Instance = new();

    private WildcardSegment()
    {
    }

    public override bool IsDefinite => false;

    public override void Select(JValue current, in PathEnvironment environment, List<JValue> output)
    {
        switch (current)
        {
            case JObject obj:
                foreach (var member in obj.Members)
                {
                    output.Add(member.Value);
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    output.Add(item);
                }

                break;
        }
    }

    public override void AppendNormalized(StringBuilder builder) => builder.Append("[*]");
}
