namespace Cairn.Engine.Hosting;

/// <summary>
/// AWS's rules for state machine and execution names: 1 to 80 characters, none of whitespace,
/// brackets (<c>&lt; &gt; { } [ ]</c>), wildcards (<c>? *</c>), the special characters
/// <c>" # % \ ^ | ~ ` $ &amp; , ; : /</c>, control characters (U+0000–U+001F, U+007F–U+009F,
/// U+FFFE–U+FFFF), surrogates (U+D800–U+DFFF: a surrogate that is not half of a pair) or the
/// invalid character U+10FFFF.
/// </summary>
public static class NameRules
{
    public const int MaxLength = 80;

    private const string Forbidden = "<>{}[]?*\"#%\\^|~`$&,;:/";

    public static bool IsValid(string name)
    {
        if (name.Length is 0 or > MaxLength)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                if (char.ConvertToUtf32(c, name[++i]) == 0x10FFFF)
                {
                    return false;
                }

                continue;
            }

            if (char.IsWhiteSpace(c) || c <= '\u001F' || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c) || Forbidden.Contains(c))
            {
                return false;
            }
        }

        return true;
    }
}
