using System.Text;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary>
/// The steps of a path after its root, plus an optional trailing function. Used both for whole
/// paths and for the paths inside filter expressions.
/// </summary>
internal sealed class CompiledPath
{
    private readonly PathSegment[] _segments;

    // The steps whose matches an indefinite path hands to its function.
    private readonly PathSegment[] _functionInput;

    public CompiledPath(PathSegment[] segments, PathFunction function)
    {
        _segments = segments;
        Function = function;

        // Jayway turns "$..x.length()" into length($..x[*]), so it counts the children of the
        // matches (the documented "$..book.length()" is the number of books).
        _functionInput = function is PathFunction.Length or PathFunction.Size && segments.Length > 0 && segments[0] is RecursiveDescentSegment
            ? [.. segments, WildcardSegment.Instance]
            : segments;
        var selectorsDefinite = true;
        var reference = function == PathFunction.None;
        foreach (var segment in segments)
        {
            selectorsDefinite &= segment.IsDefinite;
            reference &= segment.IsReferenceStep;
        }

        SelectorsDefinite = selectorsDefinite;
        IsReferencePath = reference;
    }

    public ReadOnlySpan<PathSegment> Segments => _segments;

    public PathFunction Function { get; }

    /// <summary>True when every step selects at most one value (the function aside).</summary>
    public bool SelectorsDefinite { get; }

    /// <summary>A function always yields a single value, even over the matches of an indefinite path.</summary>
    public bool IsDefinite => SelectorsDefinite || Function != PathFunction.None;

    public bool IsReferencePath { get; }

    public bool IsEmpty => _segments.Length == 0 && Function == PathFunction.None;

    /// <summary>
    /// Definite: the single match (false if none). Indefinite: an array of all matches (always true).
    /// With a function: the function of the match (or of the array of matches).
    /// </summary>
    public bool TryEvaluate(JValue start, in PathEnvironment environment, out JValue result)
    {
        JValue selected;
        if (SelectorsDefinite)
        {
            if (!TryWalkDefinite(start, out selected))
            {
                result = JNull.Instance;
                return false;
            }
        }
        else
        {
            selected = CollectAll(Function == PathFunction.None ? _segments : _functionInput, start, environment);
        }

        if (Function == PathFunction.None)
        {
            result = selected;
            return true;
        }

        return PathFunctions.TryApply(Function, selected, out result);
    }

    public void AppendNormalized(StringBuilder builder)
    {
        foreach (var segment in _segments)
        {
            segment.AppendNormalized(builder);
        }

        if (Function != PathFunction.None)
        {
            builder.Append('.').Append(PathFunctions.Name(Function)).Append("()");
        }
    }

    private bool TryWalkDefinite(JValue start, out JValue result)
    {
        var current = start;
        foreach (var segment in _segments)
        {
            if (!segment.TryStep(current, out current))
            {
                result = JNull.Instance;
                return false;
            }
        }

        result = current;
        return true;
    }

    private static JArray CollectAll(PathSegment[] segments, JValue start, in PathEnvironment environment)
    {
        // Step by step over the whole frontier: each step keeps the order of the values it is
        // applied to, so the result is in the same order as a depth-first walk.
        var current = new List<JValue> { start };
        var next = new List<JValue>();
        foreach (var segment in segments)
        {
            next.Clear();
            foreach (var value in current)
            {
                segment.Select(value, environment, next);
            }

            (current, next) = (next, current);
            if (current.Count == 0)
            {
                return JArray.Empty;
            }
        }

        return JArray.Adopt(current.ToArray());
    }
}
