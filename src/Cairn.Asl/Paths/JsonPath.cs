using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Paths;

/// <summary>
/// A JSONPath expression as the Amazon States Language uses it, parsed once and evaluated many
/// times. Roots: <c>$</c> (the state's input), <c>$$</c> (the context object), <c>$name</c> (a
/// variable). Semantics follow AWS (Jayway JsonPath): filters, slices, unions, wildcards,
/// recursive descent; definite paths yield one value, indefinite paths an array of matches.
/// </summary>
public sealed class JsonPath
{
    private JsonPath(string text)
    {
        Text = text;
    }

    /// <summary>The path as written in the definition.</summary>
    public string Text { get; }

    /// <summary>Which document the path starts from.</summary>
    public PathRoot Root { get; private init; }

    /// <summary>For <see cref="PathRoot.Variable"/>: the variable name.</summary>
    public string? VariableName { get; private init; }

    /// <summary>True when the path can match at most one value (no wildcard, filter, slice, union, descent).</summary>
    public bool IsDefinite { get; private init; }

    /// <summary>True when the path is a reference path (only <c>.name</c>, <c>['name']</c> and <c>[n]</c> steps).</summary>
    public bool IsReferencePath { get; private init; }

    /// <summary>Parses a path; throws <see cref="AslSyntaxException"/> if the text is not a valid path.</summary>
    public static JsonPath Parse(string text) => throw new NotImplementedException();

    public static bool TryParse(string text, out JsonPath? path, out string? error)
    {
        try
        {
            path = Parse(text);
            error = null;
            return true;
        }
        catch (AslSyntaxException e)
        {
            path = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// Evaluates the path against the input (for <c>$</c>), the context object (for <c>$$</c>) or a
    /// variable (for <c>$name</c>, taken from <paramref name="scope"/>). Returns false when a
    /// definite path matches nothing (or the variable is not defined); an indefinite path always
    /// succeeds with an array of its matches.
    /// </summary>
    public bool TryEvaluate(JValue input, IDataScope scope, out JValue result) => throw new NotImplementedException();

    /// <summary>
    /// ResultPath semantics: returns a copy of <paramref name="target"/> with <paramref name="value"/>
    /// placed at this reference path, creating missing objects on the way. Throws
    /// <see cref="PathMatchException"/> when the path cannot be applied (e.g. it goes through a
    /// non-object value).
    /// </summary>
    public JValue Apply(JValue target, JValue value) => throw new NotImplementedException();

    public override string ToString() => Text;
}
