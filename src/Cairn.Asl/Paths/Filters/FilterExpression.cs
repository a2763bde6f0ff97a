using Cairn.Json;

namespace Cairn.Asl.Paths.Filters;

/// <summary>The boolean expression inside <c>[?( ... )]</c>, tested against one candidate value (<c>@</c>).</summary>
internal abstract class FilterExpression
{
    public abstract bool Matches(JValue current, in PathEnvironment environment);
}
