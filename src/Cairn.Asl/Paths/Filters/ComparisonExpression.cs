using Cairn.Json;

namespace Cairn.Asl.Paths.Filters;

/// <summary><c>left op right</c>, e.g. <c>@.price &lt; 10</c> or <c>@.name =~ /a.*/i</c>.</summary>
internal sealed class ComparisonExpression : FilterExpression
{
    private readonly FilterOperand _left;
    private readonly FilterOperator _operator;
    private readonly FilterOperand _right;

    public ComparisonExpression(FilterOperand left, FilterOperator op, FilterOperand right)
    {
        _left = left;
        _operator = op;
        _right = right;
    }

    public override bool Matches(JValue current, in PathEnvironment environment)
    {
        if (_operator == FilterOperator.Matches)
        {
            return MatchesRegex(current, environment);
        }

        // An undefined side (a path that does not exist) is passed as null.
        var left = _left.TryResolve(current, environment, out var l) ? l : null;
        var right = _right.TryResolve(current, environment, out var r) ? r : null;
        return FilterComparison.Evaluate(_operator, left, right);
    }

    private bool MatchesRegex(JValue current, in PathEnvironment environment)
    {
        // Jayway: exactly one side must be a pattern; the other is read as text.
        var (pattern, subject) = (_left, _right) switch
        {
            (RegexOperand p, not RegexOperand) => (p, _right),
            (not RegexOperand, RegexOperand p) => (p, _left),
            _ => (null, _left),
        };
        if (pattern is null)
        {
            return false;
        }

        var text = subject.TryResolve(current, environment, out var value) ? FilterComparison.RegexInput(value) : string.Empty;
        return pattern.IsMatch(text);
    }
}
