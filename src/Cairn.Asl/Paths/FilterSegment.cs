using System.Text;
using Cairn.Asl.Paths.Filters;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary>
/// <c>[?(expr)]</c>: the elements of an array for which the expression holds. Applied to an
/// object, Jayway tests the object itself and yields it when the expression holds.
/// </summary>
internal sealed class FilterSegment : PathSegment
{
    private readonly FilterExpression _filter;
    private readonly string _source;

    public FilterSegment(FilterExpression filter, string source)
    {
        _filter = filter;
        _source = source;
    }

    public override bool IsDefinite => false;

    public override void Select(JValue current, in PathEnvironment environment, List<JValue> output)
    {
        switch (current)
        {
            case JArray array:
                foreach (var item in array)
                {
                    if (_filter.Matches(item, environment))
                    {
                        output.Add(item);
                    }
                }

                break;
            case JObject:
                if (_filter.Matches(current, environment))
                {
                    output.Add(current);
                }

                break;
        }
    }

    public override bool MatchesInDescent(JValue node, in PathEnvironment environment) =>
        _filter.Matches(node, environment);

    public override void AppendNormalized(StringBuilder builder) => builder.Append("[?(").Append(_source).Append(")]");
}
