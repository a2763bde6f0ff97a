using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Cairn.Jsonata.Functions;

/// <summary>
/// Upper and lower case as JavaScript converts them (<c>$uppercase</c>, <c>$lowercase</c>): the
/// invariant simple mappings plus Unicode's unconditional special casing (ß becomes SS), the
/// dotless i and long s, and the final form of sigma at the end of a word.
/// </summary>
internal static class CaseMapping
{
    private const char CapitalSigma = '\u03a3';

    // Characters whose JavaScript upper case is not the invariant single-character mapping (Unicode SpecialCasing.txt).
    private static readonly FrozenDictionary<char, string> SpecialUppercase = new Dictionary<char, string>
    {
        ['\u00df'] = "\u0053\u0053",
        ['\u0131'] = "\u0049",
        ['\u0149'] = "\u02bc\u004e",
        ['\u017f'] = "\u0053",
        ['\u01f0'] = "\u004a\u030c",
        ['\u0390'] = "\u0399\u0308\u0301",
        ['\u03b0'] = "\u03a5\u0308\u0301",
        ['\u0587'] = "\u0535\u0552",
        ['\u1e96'] = "\u0048\u0331",
        ['\u1e97'] = "\u0054\u0308",
        ['\u1e98'] = "\u0057\u030a",
        ['\u1e99'] = "\u0059\u030a",
        ['\u1e9a'] = "\u0041\u02be",
        ['\u1f50'] = "\u03a5\u0313",
        ['\u1f52'] = "\u03a5\u0313\u0300",
        ['\u1f54'] = "\u03a5\u0313\u0301",
        ['\u1f56'] = "\u03a5\u0313\u0342",
        ['\u1f80'] = "\u1f08\u0399",
        ['\u1f81'] = "\u1f09\u0399",
        ['\u1f82'] = "\u1f0a\u0399",
        ['\u1f83'] = "\u1f0b\u0399",
        ['\u1f84'] = "\u1f0c\u0399",
        ['\u1f85'] = "\u1f0d\u0399",
        ['\u1f86'] = "\u1f0e\u0399",
        ['\u1f87'] = "\u1f0f\u0399",
        ['\u1f88'] = "\u1f08\u0399",
        ['\u1f89'] = "\u1f09\u0399",
        ['\u1f8a'] = "\u1f0a\u0399",
        ['\u1f8b'] = "\u1f0b\u0399",
        ['\u1f8c'] = "\u1f0c\u0399",
        ['\u1f8d'] = "\u1f0d\u0399",
        ['\u1f8e'] = "\u1f0e\u0399",
        ['\u1f8f'] = "\u1f0f\u0399",
        ['\u1f90'] = "\u1f28\u0399",
        ['\u1f91'] = "\u1f29\u0399",
        ['\u1f92'] = "\u1f2a\u0399",
        ['\u1f93'] = "\u1f2b\u0399",
        ['\u1f94'] = "\u1f2c\u0399",
        ['\u1f95'] = "\u1f2d\u0399",
        ['\u1f96'] = "\u1f2e\u0399",
        ['\u1f97'] = "\u1f2f\u0399",
        ['\u1f98'] = "\u1f28\u0399",
        ['\u1f99'] = "\u1f29\u0399",
        ['\u1f9a'] = "\u1f2a\u0399",
        ['\u1f9b'] = "\u1f2b\u0399",
        ['\u1f9c'] = "\u1f2c\u0399",
        ['\u1f9d'] = "\u1f2d\u0399",
        ['\u1f9e'] = "\u1f2e\u0399",
        ['\u1f9f'] = "\u1f2f\u0399",
        ['\u1fa0'] = "\u1f68\u0399",
        ['\u1fa1'] = "\u1f69\u0399",
        ['\u1fa2'] = "\u1f6a\u0399",
        ['\u1fa3'] = "\u1f6b\u0399",
        ['\u1fa4'] = "\u1f6c\u0399",
        ['\u1fa5'] = "\u1f6d\u0399",
        ['\u1fa6'] = "\u1f6e\u0399",
        ['\u1fa7'] = "\u1f6f\u0399",
        ['\u1fa8'] = "\u1f68\u0399",
        ['\u1fa9'] = "\u1f69\u0399",
        ['\u1faa'] = "\u1f6a\u0399",
        ['\u1fab'] = "\u1f6b\u0399",
        ['\u1fac'] = "\u1f6c\u0399",
        ['\u1fad'] = "\u1f6d\u0399",
        ['\u1fae'] = "\u1f6e\u0399",
        ['\u1faf'] = "\u1f6f\u0399",
        ['\u1fb2'] = "\u1fba\u0399",
        ['\u1fb3'] = "\u0391\u0399",
        ['\u1fb4'] = "\u0386\u0399",
        ['\u1fb6'] = "\u0391\u0342",
        ['\u1fb7'] = "\u0391\u0342\u0399",
        ['\u1fbc'] = "\u0391\u0399",
        ['\u1fc2'] = "\u1fca\u0399",
        ['\u1fc3'] = "\u0397\u0399",
        ['\u1fc4'] = "\u0389\u0399",
        ['\u1fc6'] = "\u0397\u0342",
        ['\u1fc7'] = "\u0397\u0342\u0399",
        ['\u1fcc'] = "\u0397\u0399",
        ['\u1fd2'] = "\u0399\u0308\u0300",
        ['\u1fd3'] = "\u0399\u0308\u0301",
        ['\u1fd6'] = "\u0399\u0342",
        ['\u1fd7'] = "\u0399\u0308\u0342",
        ['\u1fe2'] = "\u03a5\u0308\u0300",
        ['\u1fe3'] = "\u03a5\u0308\u0301",
        ['\u1fe4'] = "\u03a1\u0313",
        ['\u1fe6'] = "\u03a5\u0342",
        ['\u1fe7'] = "\u03a5\u0308\u0342",
        ['\u1ff2'] = "\u1ffa\u0399",
        ['\u1ff3'] = "\u03a9\u0399",
        ['\u1ff4'] = "\u038f\u0399",
        ['\u1ff6'] = "\u03a9\u0342",
        ['\u1ff7'] = "\u03a9\u0342\u0399",
        ['\u1ffc'] = "\u03a9\u0399",
        ['\ufb00'] = "\u0046\u0046",
        ['\ufb01'] = "\u0046\u0049",
        ['\ufb02'] = "\u0046\u004c",
        ['\ufb03'] = "\u0046\u0046\u0049",
        ['\ufb04'] = "\u0046\u0046\u004c",
        ['\ufb05'] = "\u0053\u0054",
        ['\ufb06'] = "\u0053\u0054",
        ['\ufb13'] = "\u0544\u0546",
        ['\ufb14'] = "\u0544\u0535",
        ['\ufb15'] = "\u0544\u053b",
        ['\ufb16'] = "\u054e\u0546",
        ['\ufb17'] = "\u0544\u053d",
    }.ToFrozenDictionary();

    private static readonly SearchValues<char> SpecialUppercaseStarts = SearchValues.Create(SpecialUppercase.Keys.ToArray());

    public static string ToUpper(string s)
    {
        var special = s.AsSpan().IndexOfAny(SpecialUppercaseStarts);
        if (special < 0)
        {
            return s.ToUpperInvariant();
        }

        var sb = new StringBuilder(s.Length + 8);
        var runStart = 0;
        for (var i = special; i < s.Length; i++)
        {
            if (SpecialUppercase.TryGetValue(s[i], out var mapped))
            {
                sb.Append(s.AsSpan(runStart, i - runStart).ToString().ToUpperInvariant()).Append(mapped);
                runStart = i + 1;
            }
        }

        sb.Append(s[runStart..].ToUpperInvariant());
        return sb.ToString();
    }

    public static string ToLower(string s)
    {
        if (s.AsSpan().IndexOfAny('\u0130', CapitalSigma) < 0)
        {
            return s.ToLowerInvariant();
        }

        var lower = new StringBuilder(s.ToLowerInvariant());
        for (var i = s.Length - 1; i >= 0; i--)
        {
            if (s[i] == '\u0130')
            {
                lower.Remove(i, 1).Insert(i, "i\u0307");
            }
            else if (s[i] == CapitalSigma && IsFinalSigma(s, i))
            {
                lower[i] = '\u03c2';
            }
        }

        return lower.ToString();
    }

    // Final_Sigma: a cased letter comes before (ignoring case-ignorable characters) and none comes after.
    private static bool IsFinalSigma(string s, int at)
    {
        var before = at - 1;
        while (before >= 0 && IsCaseIgnorable(s[before]))
        {
            before--;
        }

        if (before < 0 || !IsCased(s[before]))
        {
            return false;
        }

        var after = at + 1;
        while (after < s.Length && IsCaseIgnorable(s[after]))
        {
            after++;
        }

        return after >= s.Length || !IsCased(s[after]);
    }

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) ||
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) => c is '\'' or '.' or ':' or '^' or '`' or '\u00b7' or '\u2019' ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
}
