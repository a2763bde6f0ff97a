using Cairn.Json;

namespace Cairn.Asl.Paths.Filters;

/// <summary>One side of a comparison: a literal, a path or a regular expression.</summary>
internal abstract class FilterOperand
{
    /// <summary>The operand's value for this candidate; false when it is undefined (a missing path).</summary>
    public abstract bool TryResolve(JValue current, in PathEnvironment environment, out JValue value);
}
