using Cairn.Json;

namespace Cairn.Asl.Paths.Filters;

/// <summary><c>a &amp;&amp; b</c>, short-circuiting.</summary>
internal sealed class LogicalAndExpression : FilterExpression
{
    private readonly FilterExpression _left;
    private readonly FilterExpression _right;

    public LogicalAndExpression(FilterExpression left, FilterExpression right)
    {
        _left = left;
        _right = right;
    }

    public override bool Matches(JValue current, in PathEnvironment environment) =>
        _left.Matches(current, environment) && _right.Matches(current, environment);
}
