using System.Globalization;

namespace Cairn.Jsonata.Formatting;

/// <summary>
/// One variable marker of a date/time picture, such as <c>[D1o]</c>, <c>[MNn,3-3]</c> or
/// <c>[Z01:01t]</c>: the component, how it is presented, and the width modifier.
/// </summary>
internal sealed class DateTimeMarker
{
    private const string Components = "YMDdFWwXxHhPmsfZzCE";
    private const string NamedComponents = "MxFPCE";

    private DateTimeMarker(char component)
    {
        Component = component;
    }

    public char Component { get; }

    /// <summary>Set when the component is presented as a name (<c>N</c>, <c>n</c>, <c>Nn</c>).</summary>
    public LetterCase? NameCase { get; private set; }

    /// <summary>Set for numeric presentations.</summary>
    public IntegerPicture? Integer { get; private set; }

    /// <summary>Set for timezone components.</summary>
    public TimezonePicture? Timezone { get; private set; }

    public int? MinWidth { get; private set; }

    public int? MaxWidth { get; private set; }

    /// <summary>The content between the brackets, with whitespace already removed.</summary>
    public static DateTimeMarker Parse(string content)
    {
        var component = content.Length > 0 ? content[0] : ' ';
        if (!Components.Contains(component))
        {
            throw new JsonataException("D3132", $"Unknown component specifier \"{(content.Length > 0 ? content[..1] : string.Empty)}\" in date/time picture string");
        }

        var marker = new DateTimeMarker(component);
        var rest = content[1..];
        var comma = rest.LastIndexOf(',');
        var presentation = comma < 0 ? rest : rest[..comma];
        if (comma >= 0)
        {
            marker.ParseWidth(rest[(comma + 1)..]);
        }

        if (presentation.Length == 0)
        {
            presentation = DefaultPresentation(component);
        }

        if (component is 'Z' or 'z')
        {
            marker.Timezone = TimezonePicture.Parse(presentation);
        }
        else if (presentation[0] is 'N' or 'n')
        {
            if (!NamedComponents.Contains(component))
            {
                throw new JsonataException("D3133", $"The 'name' modifier can only be applied to months and days in the date/time picture string, not \"{component}\"");
            }

            marker.NameCase = presentation.StartsWith("Nn", StringComparison.Ordinal) ? LetterCase.Title
                : presentation[0] == 'N' ? LetterCase.Upper : LetterCase.Lower;
        }
        else if (component is 'P' or 'C' or 'E')
        {
            marker.NameCase = LetterCase.Lower; // these are always words
        }
        else
        {
            var ordinal = false;
            while (presentation.Length > 1 && presentation[^1] is 'o' or 'c' or 't')
            {
                ordinal |= presentation[^1] == 'o';
                presentation = presentation[..^1];
            }

            marker.Integer = IntegerPicture.Parse(presentation, ordinal);
        }

        return marker;
    }

    private static string DefaultPresentation(char component) => component switch
    {
        'F' or 'P' or 'C' or 'E' => "n",
        'm' or 's' => "01",
        'Z' or 'z' => "01:01",
        _ => "1",
    };

    // "min-max" or "min"; "*" leaves a bound open.
    private void ParseWidth(string width)
    {
        var dash = width.IndexOf('-');
        MinWidth = ParseBound(dash < 0 ? width : width[..dash]);
        MaxWidth = dash < 0 ? null : ParseBound(width[(dash + 1)..]);
    }

    private static int? ParseBound(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
