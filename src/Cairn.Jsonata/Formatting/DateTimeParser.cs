using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Cairn.Jsonata.Formatting;

/// <summary>
/// Reads a timestamp written with a date/time picture (JSONata's <c>$toMillis</c> with a picture).
/// The picture becomes a regular expression with one group per marker; components the picture
/// leaves out before the first one given come from the current date, those after the last one
/// given take their lowest value, and a gap between them is D3136.
/// </summary>
internal static class DateTimeParser
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static readonly string WordsPattern = BuildWordsPattern();

    private const string NeverMatches = "(?!)";

    private static readonly ConditionalWeakTable<DateTimePicture, Matcher> Matchers = new();

    /// <summary>Milliseconds since the epoch, or null when <paramref name="text"/> does not match the picture.</summary>
    public static long? Parse(string text, DateTimePicture picture, DateTimeOffset now)
    {
        var (regex, markers) = Matchers.GetValue(picture, BuildMatcher);
        if (markers.Length == 0)
        {
            return null;
        }

        Match match;
        try
        {
            match = regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null; // text this far from the picture's shape does not match it
        }

        if (!match.Success)
        {
            return null;
        }

        var components = new ParsedComponents();
        for (var i = 0; i < markers.Length; i++)
        {
            if (!components.Read(markers[i], match.Groups["c" + i].Value))
            {
                return null;
            }
        }

        return components.ToMillis(now);
    }

    private static Matcher BuildMatcher(DateTimePicture picture)
    {
        var markers = new List<DateTimeMarker>();
        var pattern = new StringBuilder("^");
        var parts = picture.Parts;
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Marker is { } marker)
            {
                var adjacent = i + 1 < parts.Count && parts[i + 1].Marker is { } next && StartsWithDigits(next);
                pattern.Append("(?<c").Append(markers.Count).Append('>').Append(MatchPattern(marker, adjacent)).Append(')');
                markers.Add(marker);
            }
            else
            {
                pattern.Append(Regex.Escape(parts[i].Literal!));
            }
        }

        pattern.Append(@"\z");
        return new Matcher(new Regex(pattern.ToString(), RegexOptions.CultureInvariant, MatchTimeout), markers.ToArray());
    }

    // A numeric marker straight before another one must stop at a fixed width, or it would take the other's digits.
    private static bool StartsWithDigits(DateTimeMarker marker) =>
        marker.Integer is { Style: IntegerStyle.Decimal } || marker.Component == 'f';

    private static string MatchPattern(DateTimeMarker marker, bool adjacent)
    {
        switch (marker.Component)
        {
            case 'Z':
            case 'z':
                // A timezone presentation that cannot be written reads nothing (no error, as in the reference).
                if (marker.Timezone is not { } timezone)
                {
                    return NeverMatches;
                }

                return marker.Component == 'z' ? "GMT" + timezone.OffsetPattern() + (timezone.ZeroAsZ ? "|Z" : string.Empty) : timezone.MatchPattern();
            case 'P':
                return "(?i:am|pm)";
            case 'f' when marker.NameCase is not null || marker.PresentationError is not null:
                return NeverMatches; // read as a number, which such a presentation does not give
        }

        if (marker.PresentationError is { } error)
        {
            throw error;
        }

        // Only month and day names can be read back; every other marker reads a number.
        if (marker.NameCase is not null)
        {
            return marker.Component is 'M' or 'x' or 'F' ? "[A-Za-z]+" : throw marker.NameError();
        }

        if (!marker.IsNumeric)
        {
            throw marker.NameError();
        }

        var picture = marker.Integer!;
        switch (picture.Style)
        {
            case IntegerStyle.Alphabetic:
                return "[A-Za-z]+";
            case IntegerStyle.Roman:
                return "(?i:[mdclxvi]+)";
            case IntegerStyle.Words:
                return WordsPattern;
        }

        var digits = picture.Digits!;
        var digitClass = "(?:" + string.Join('|', digits.FamilyDigits().Concat(digits.Separators).Select(Regex.Escape)) + ")";
        string quantifier;
        if (!adjacent)
        {
            quantifier = "+";
        }
        else if (marker.MaxWidth is { } max)
        {
            quantifier = "{1," + max + "}";
        }
        else
        {
            quantifier = "{" + Math.Max(1, digits.MandatoryDigits) + "}";
        }

        return digitClass + quantifier + (picture.Ordinal ? "(?i:st|nd|rd|th)" : string.Empty);
    }

    // Number words joined by spaces, hyphens, commas and "and".
    private static string BuildWordsPattern()
    {
        var word = "(?:" + string.Join('|', NumberWords.AllWords.Where(w => w != "and")) + ")";
        return $@"(?i:{word}(?:(?:,?\s+|-)(?:and\s+)?{word})*)";
    }

    private sealed record Matcher(Regex Regex, DateTimeMarker[] Markers);
}
