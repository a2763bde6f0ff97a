using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cairn.Conformance.Tests.Python;

/// <summary>
/// Python <c>re</c> patterns and <c>re.sub</c> replacement templates translated to .NET, because the
/// recorded transformers are Python regexes. Only syntax that differs is rewritten: named groups
/// (<c>(?P&lt;n&gt;</c>, <c>(?P=n)</c>), <c>\Z</c>, and in templates <c>\g&lt;n&gt;</c>, <c>\1</c> and a literal <c>$</c>.
/// </summary>
public static class PyRegex
{
    public static Regex Compile(string pythonPattern, bool ignoreCase = false) =>
        new(TranslatePattern(pythonPattern), (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant);

    /// <summary>A regex for <c>re.match</c>: anchored at the start of the string only.</summary>
    public static Regex CompileMatch(string pythonPattern, bool ignoreCase = false) =>
        new(@"\A(?:" + TranslatePattern(pythonPattern) + ")", (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant);

    public static string TranslatePattern(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        var inClass = false;
        var canStartRange = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var n = pattern[i + 1];

                // Python's \Z is "end of string" (.NET's \z); .NET's \Z would also match before a final newline.
                sb.Append(!inClass && n == 'Z' ? "\\z" : $"\\{n}");
                i++;
                canStartRange = inClass;
                continue;
            }

            if (inClass)
            {
                if (c == ']')
                {
                    inClass = false;
                    sb.Append(c);
                    continue;
                }

                // Python has no class subtraction and reads a '-' right after a completed range as a literal;
                // .NET would read both differently, so such dashes and any '[' are escaped.
                if (c == '-')
                {
                    var next = i + 1 < pattern.Length ? pattern[i + 1] : ']';
                    if (canStartRange && next != ']' && next != '[')
                    {
                        sb.Append('-');
                        i++;
                        if (pattern[i] == '\\' && i + 1 < pattern.Length)
                        {
                            sb.Append('\\').Append(pattern[i + 1]);
                            i++;
                        }
                        else
                        {
                            sb.Append(pattern[i]);
                        }

                        canStartRange = false;
                        continue;
                    }

                    sb.Append("\\-");
                    canStartRange = false;
                    continue;
                }

                sb.Append(c == '[' ? "\\[" : c.ToString());
                canStartRange = true;
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                canStartRange = false;
                sb.Append(c);

                // A ']' right after '[' or '[^' is a literal in Python.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    sb.Append('^');
                    i++;
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    sb.Append("\\]");
                    i++;
                    canStartRange = true;
                }

                continue;
            }

            if (c == '(' && string.CompareOrdinal(pattern, i, "(?P<", 0, 4) == 0)
            {
                sb.Append("(?<");
                i += 3;
                continue;
            }

            if (c == '(' && string.CompareOrdinal(pattern, i, "(?P=", 0, 4) == 0)
            {
                var end = pattern.IndexOf(')', i);
                sb.Append("\\k<").Append(pattern, i + 4, end - i - 4).Append('>');
                i = end;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>Translates a <c>re.sub</c> template into a .NET substitution string.</summary>
    public static string TranslateReplacement(string template)
    {
        var sb = new StringBuilder(template.Length);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '$')
            {
                sb.Append("$$");
                continue;
            }

            if (c != '\\' || i + 1 >= template.Length)
            {
                sb.Append(c);
                continue;
            }

            var n = template[++i];
            if (n == 'g' && i + 1 < template.Length && template[i + 1] == '<')
            {
                var end = template.IndexOf('>', i);
                sb.Append("${").Append(template, i + 2, end - i - 2).Append('}');
                i = end;
            }
            else if (char.IsAsciiDigit(n))
            {
                var start = i;
                while (i + 1 < template.Length && i - start < 1 && char.IsAsciiDigit(template[i + 1]))
                {
                    i++;
                }

                sb.Append("${").Append(int.Parse(template.AsSpan(start, i - start + 1), CultureInfo.InvariantCulture)).Append('}');
            }
            else
            {
                sb.Append(n switch
                {
                    'n' => "\n",
                    't' => "\t",
                    'r' => "\r",
                    'f' => "\f",
                    'v' => "\v",
                    'a' => "\a",
                    'b' => "\b",
                    '\\' => "\\",

                    // Python keeps unknown escapes of non-letters verbatim, backslash included.
                    _ => "\\" + (n == '$' ? "$$" : n.ToString()),
                });
            }
        }

        return sb.ToString();
    }

    /// <summary><c>re.sub(pattern, template, text)</c>.</summary>
    public static string Sub(Regex regex, string dotnetReplacement, string text) => regex.Replace(text, dotnetReplacement);
}
