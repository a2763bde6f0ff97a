namespace Cairn.Jsonata.RegularExpressions;

/// <summary>JavaScript's character class escapes, as .NET class bodies (JavaScript's \d and \w are ASCII only).</summary>
internal static class CharacterSets
{
    public const string Digit = "0-9";

    public const string Word = "a-zA-Z0-9_";

    /// <summary>JavaScript's WhiteSpace and LineTerminator characters.</summary>
    public const string Space = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

    public const string LineTerminators = @"\n\r\u2028\u2029";

    /// <summary>The class body for \d, \w or \s (lowercase letter), or null for another letter.</summary>
    public static string? ForEscape(char letter) => char.ToLowerInvariant(letter) switch
    {
        'd' => Digit,
        'w' => Word,
        's' => Space,
        _ => null,
    };

    public static bool IsClassEscape(char c) => c is 'd' or 'D' or 'w' or 'W' or 's' or 'S';
}
