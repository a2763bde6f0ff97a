using Cairn.Json;

namespace Cairn.Asl.Paths.Filters;

/// <summary>
/// A bare path such as <c>[?(@.isbn)]</c>: true when the path exists (even if its value is null).
/// An indefinite path exists when it matches at least one value.
/// </summary>
internal sealed class ExistenceExpression : FilterExpression
{
    private readonly PathOperand _path;

    public ExistenceExpression(PathOperand path) => _path = path;

    public override bool Matches(JValue current, in PathEnvironment environment) => _path.Exists(current, environment);
}
