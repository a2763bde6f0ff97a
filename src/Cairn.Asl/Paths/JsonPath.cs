using System.Text;
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
    private readonly CompiledPath _path;

    private JsonPath(string text, CompiledPath path)
    {
        Text = text;
        _path = path;
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

    /// <summary>
    /// The path in Jayway's normalized bracket form, e.g. <c>$['a'][0]</c> for <c>$.a[0]</c>; AWS
    /// quotes this form in some error causes ("No results for path: $['a']").
    /// </summary>
    public string NormalizedText { get; private init; } = "$";

    /// <summary>Parses a path; throws <see cref="AslSyntaxException"/> if the text is not a valid path.</summary>
    public static JsonPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var path = PathParser.Parse(text, out var root, out var variableName);
        var normalized = new StringBuilder(root switch
        {
            PathRoot.Context => "$$",
            PathRoot.Variable => "$" + variableName,
            _ => "$",
        });
        path.AppendNormalized(normalized);
        return new JsonPath(text, path)
        {
            Root = root,
            VariableName = variableName,
            IsDefinite = path.IsDefinite,
            IsReferencePath = path.IsReferencePath,
            NormalizedText = normalized.ToString(),
        };
    }

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
    public bool TryEvaluate(JValue input, IDataScope scope, out JValue result)
    {
        JValue start;
        switch (Root)
        {
            case PathRoot.Input:
                start = input;
                break;
            case PathRoot.Context:
                start = scope.ContextObject;
                break;
            default:
                if (!scope.TryGetVariable(VariableName!, out var variable))
                {
                    result = JNull.Instance;
                    return false;
                }

                start = variable;
                break;
        }

        if (_path.IsEmpty)
        {
            result = start;
            return true;
        }

        return _path.TryEvaluate(start, new PathEnvironment(start, scope), out result);
    }

    /// <summary>
    /// ResultPath semantics: returns a copy of <paramref name="target"/> with <paramref name="value"/>
    /// placed at this reference path, creating missing objects on the way. Throws
    /// <see cref="PathMatchException"/> when the path cannot be applied (e.g. it goes through a
    /// non-object value).
    /// </summary>
    public JValue Apply(JValue target, JValue value)
    {
        if (Root != PathRoot.Input || !IsReferencePath)
        {
            throw new InvalidOperationException($"'{Text}' is not a reference path on the state input and cannot be used as a ResultPath.");
        }

        return _path.IsEmpty ? value : ResultPathWriter.Write(Text, _path.Segments, target, value);
    }

    public override string ToString() => Text;
}
