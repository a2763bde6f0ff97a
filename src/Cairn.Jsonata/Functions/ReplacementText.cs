using System.Text;
using Cairn.Json;
using Cairn.Jsonata.RegularExpressions;

namespace Cairn.Jsonata.Functions;

/// <summary>
/// The replacement string of <c>$replace</c>: <c>$$</c> is a dollar sign, <c>$0</c> the whole
/// match, <c>$n</c> group n. A number reads as many digits as the group count has, fewer while it
/// names no group; a single digit naming no group stands for "". Any other <c>$</c> is literal.
/// </summary>
internal static class ReplacementText
{
    public static string Expand(string template, RegexMatch match)
    {
        if (!template.Contains('$'))
        {
            return template;
        }

        var groupCount = match.Groups.Length;
        var maxDigits = groupCount == 0 ? 1 : (int)Math.Floor(Math.Log10(groupCount)) + 1;
        var sb = new StringBuilder(template.Length + match.Value.Length);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            var next = i + 1 < template.Length ? template[i + 1] : '\0';
            if (c != '$' || !(next == '$' || char.IsAsciiDigit(next)))
            {
                sb.Append(c);
                continue;
            }

            if (next == '$')
            {
                sb.Append('$');
                i++;
                continue;
            }

            if (next == '0')
            {
                sb.Append(match.Value);
                i++;
                continue;
            }

            var digits = 0;
            while (digits < maxDigits && i + 1 + digits < template.Length && char.IsAsciiDigit(template[i + 1 + digits]))
            {
                digits++;
            }

            var number = int.Parse(template.AsSpan(i + 1, digits), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
            while (digits > 1 && number > groupCount)
            {
                digits--;
                number /= 10;
            }

            if (number <= groupCount && match.Groups[number - 1] is JString group)
            {
                sb.Append(group.Value);
            }

            i += digits;
        }

        return sb.ToString();
    }
}
