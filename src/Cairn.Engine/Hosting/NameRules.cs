namespace Cairn.Engine.Hosting;

/// <summary>
/// AWS's rules for state machine and execution names: 1 to 80 characters, none of whitespace,
/// brackets (<c>&lt; &gt; { } [ ]</c>), wildcards (<c>? *</c>), the special characters
/// <c>" # % \ ^ | ~ ` $ &amp; , ; : /</c>, or control characters (U+0000–U+001F, U+007F–U+009F).
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

        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c <= '\u001F' || c is >= '\u007F' and <= '\u009F' || Forbidden.Contains(c))
            {
                return false;
            }
        }

        return true;
    }
}
