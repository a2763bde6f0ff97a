using Cairn.Json;

namespace Cairn.Asl.Paths.Filters;

/// <summary>
/// A filter Jayway cannot compile but a definition may still hold, such as a comparison with an
/// unquoted word (<c>[?(@.Name==Receipt)]</c>): AWS accepts the definition, and the path fails
/// (States.Runtime, with Jayway's reason) only when it is evaluated.
/// </summary>
internal sealed class UnparsableFilterExpression(string cause) : FilterExpression
{
    public override bool Matches(JValue current, in PathEnvironment environment) =>
        throw new StatesException(StatesErrors.Runtime, cause);
}
