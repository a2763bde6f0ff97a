using System.Text;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary>One compiled step of a path (<c>.name</c>, <c>[0]</c>, <c>[*]</c>, ...). Immutable and shared by all evaluations.</summary>
internal abstract class PathSegment
{
    /// <summary>True when the step selects at most one value from any input.</summary>
    public abstract bool IsDefinite { get; }

    /// <summary>True for the steps a reference path may contain: a single name or a non-negative index.</summary>
    public virtual bool IsReferenceStep => false;

    /// <summary>
    /// The allocation-free step used for definite paths; false when nothing matches. Only
    /// definite segments override it.
    /// </summary>
    public virtual bool TryStep(JValue current, out JValue next) =>
        throw new InvalidOperationException("An indefinite path segment cannot be stepped singly.");

    /// <summary>Appends every value this step selects from <paramref name="current"/>.</summary>
    public abstract void Select(JValue current, in PathEnvironment environment, List<JValue> output);

    /// <summary>
    /// Whether a recursive descent (<c>..</c>) applies this step to <paramref name="node"/>.
    /// Mirrors Jayway's scan predicates, so e.g. <c>..name</c> only visits objects that have the member.
    /// </summary>
    public virtual bool MatchesInDescent(JValue node, in PathEnvironment environment) => true;

    /// <summary>Writes the step in Jayway's normalized bracket form (used in error messages).</summary>
    public abstract void AppendNormalized(StringBuilder builder);

    protected static void AppendQuoted(StringBuilder builder, string name) => builder.Append('\'').Append(name).Append('\'');
}
