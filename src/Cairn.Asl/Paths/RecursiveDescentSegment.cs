using System.Text;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary>
/// <c>..x</c>: applies the step <c>x</c> to the current value and to every value nested in it,
/// visiting parents before children and members in document order.
/// </summary>
internal sealed class RecursiveDescentSegment : PathSegment
{
    private readonly PathSegment _inner;

    public RecursiveDescentSegment(PathSegment inner) => _inner = inner;

    public PathSegment Inner => _inner;

    public override bool IsDefinite => false;

    public override void Select(JValue current, in PathEnvironment environment, List<JValue> output)
    {
        if (_inner.MatchesInDescent(current, environment))
        {
            _inner.Select(current, environment, output);
        }

        switch (current)
        {
            case JObject obj:
                foreach (var member in obj.Members)
                {
                    Select(member.Value, environment, output);
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    Select(item, environment, output);
                }

                break;
        }
    }

    public override void AppendNormalized(StringBuilder builder)
    {
        builder.Append("..");
        _inner.AppendNormalized(builder);
    }
}
