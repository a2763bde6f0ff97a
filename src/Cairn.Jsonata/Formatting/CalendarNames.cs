namespace Cairn.Jsonata.Formatting;

/// <summary>English month and day names for <c>N</c> / <c>n</c> / <c>Nn</c> presentations.</summary>
internal static class CalendarNames
{
    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Indexed by ISO day of week minus one (Monday first).</summary>
    public static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>A name in the requested case, cut to at most <paramref name="maxWidth"/> characters.</summary>
    public static string Present(string name, LetterCase letterCase, int? maxWidth)
    {
        if (maxWidth is { } max && max > 0 && name.Length > max)
        {
            name = name[..max];
        }

        return letterCase switch
        {
            LetterCase.Upper => name.ToUpperInvariant(),
            LetterCase.Lower => name.ToLowerInvariant(),
            _ => name,
        };
    }

    /// <summary>The 1-based index of the name that <paramref name="text"/> spells in full or cut to <paramref name="maxWidth"/>, ignoring case; 0 when none.</summary>
    public static int Find(string[] names, string text, int? maxWidth)
    {
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase)
                || (maxWidth is { } max && max > 0 && name.Length > max && string.Equals(name[..max], text, StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
