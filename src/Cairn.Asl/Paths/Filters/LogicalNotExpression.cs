using Cairn.Json;

namespace Cairn.Asl.Paths.Filters;

/// <summary><c>!a</c>; on a bare path (<c>!@.isbn</c>) it tests that the path does not exist.</summary>
internal sealed class LogicalNotExpression : FilterExpression
{
    private readonly FilterExpression _operand;

    public LogicalNotExpression(FilterExpression operand) => _operand = operand;

    public override bool Matches(JValue current, in PathEnvironment environment) => !_operand.Matches(current, environment);
}
