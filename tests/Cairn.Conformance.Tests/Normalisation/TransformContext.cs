namespace Cairn.Conformance.Tests.Normalisation;

/// <summary>
/// State shared by the transformers of one normalisation run: the text replacements registered for the
/// serialisation step (in registration order) and the reference-value bookkeeping (<c>&lt;name:N&gt;</c>).
/// </summary>
public sealed class TransformContext
{
    private readonly Dictionary<string, int> _scopedTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _referenceCache = new(StringComparer.Ordinal);

    public List<Func<string, string>> Replacements { get; } = [];

    public void RegisterReplacement(Func<string, string> replacement) => Replacements.Add(replacement);

    /// <summary>
    /// Registers <paramref name="value"/> as a reference value: the first time a value is seen it gets the next
    /// token of <paramref name="name"/>; a value already registered under any name is ignored. The replacement is
    /// a literal text replace with only <c>"</c> escaped (the recording did exactly that).
    /// </summary>
    public void RegisterReference(object? value, string name)
    {
        if (value is not string text)
        {
            throw new InvalidOperationException(
                $"The reference value {Python.PyJson.Dumps(value)} of type {Python.PyValue.TypeName(value)} is not a string (replacement {name}).");
        }

        var escaped = text.Replace("\"", "\\\"", StringComparison.Ordinal);
        if (!_referenceCache.Add(escaped))
        {
            return;
        }

        var token = $"<{name}:{NextToken(name)}>";

        // str.replace with an empty needle inserts between every character; keep that quirk.
        Replacements.Add(s => escaped.Length == 0 ? PythonReplaceEmpty(s, token) : s.Replace(escaped, token, StringComparison.Ordinal));
    }

    private int NextToken(string name)
    {
        var current = _scopedTokens.GetValueOrDefault(name, 1);
        _scopedTokens[name] = current + 1;
        return current;
    }

    private static string PythonReplaceEmpty(string s, string token) =>
        token + string.Concat(s.Select(c => c + token));
}
