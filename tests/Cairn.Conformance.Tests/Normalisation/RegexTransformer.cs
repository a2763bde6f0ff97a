using System.Text.RegularExpressions;
using Cairn.Conformance.Tests.Python;

namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>Registers <c>re.sub(pattern, replacement, text)</c> for the serialisation step.</summary>
public sealed class RegexTransformer : ISnapshotTransformer
{
    private readonly Regex _regex;
    private readonly string _replacement;

    public RegexTransformer(string pythonPattern, string pythonReplacement)
    {
        Pattern = pythonPattern;
        Replacement = pythonReplacement;
        _regex = PyRegex.Compile(pythonPattern);
        _replacement = PyRegex.TranslateReplacement(pythonReplacement);
    }

    public string Pattern { get; }

    public string Replacement { get; }

    public void Transform(OrderedDictionary<string, object?> state, TransformContext context) =>
        context.RegisterReplacement(text => _regex.Replace(text, _replacement));
}
