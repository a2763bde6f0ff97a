using System.Globalization;

namespace Cairn.Jsonata.Formatting;

/// <summary>
/// One variable marker of a date/time picture, such as <c>[D1o]</c>, <c>[MNn,3-3]</c> or
/// <c>[Z01:01t]</c>: the component, how it is presented, and the width modifier.
/// </summary>
/// <remarks>
/// As in the reference implementation, a picture is analysed whole before anything is written
/// or read: an unclosed marker (D3135), a component without a presentation that has no default
/// (D3132) and mixed digit families (D3131) fail the analysis, wherever they are. What only
/// fails when a marker is used — a name for a component that has none (D3133), an unsupported
/// numbering sequence (D3130), a timezone of more than four digits (D3134) — is kept on the
/// marker and raised by <see cref="DateTimeFormatter"/> or <see cref="DateTimeParser"/> when they
/// reach it, each by its own rules.
/// </remarks>
internal sealed class DateTimeMarker
{
    private const string Components = "YMDdFWwXxHhPmsfZzCE";

    /// <summary>The components with a numeric value (the others are names, words or a timezone).</summary>
    private const string NumericComponents = "YMDdFWwXxHhmsf";

    private DateTimeMarker(char component)
    {
        Component = component;
    }

    public char Component { get; }

    /// <summary>False for a letter that is no component but came with a presentation, which the analysis lets pass.</summary>
    public bool IsKnown => Components.Contains(Component);

    /// <summary>Whether the component has a numeric value.</summary>
    public bool IsNumeric => NumericComponents.Contains(Component);

    /// <summary>Set when the component is presented as a name (<c>N</c>, <c>n</c>, <c>Nn</c>).</summary>
    public LetterCase? NameCase { get; private set; }

    /// <summary>Set for numeric presentations.</summary>
    public IntegerPicture? Integer { get; private set; }

    /// <summary>Set for timezone components.</summary>
    public TimezonePicture? Timezone { get; private set; }

    /// <summary>The presentation's own error (D3130, D3134), raised when the marker is written or read.</summary>
    public JsonataException? PresentationError { get; private set; }

    public int? MinWidth { get; private set; }

    public int? MaxWidth { get; private set; }

    /// <summary>The content between the brackets, with whitespace already removed.</summary>
    public static DateTimeMarker Parse(string content)
    {
        var component = content.Length > 0 ? content[0] : ' ';
        var marker = new DateTimeMarker(component);
        var rest = content.Length > 0 ? content[1..] : string.Empty;
        var comma = rest.LastIndexOf(',');
        var presentation = comma < 0 ? rest : rest[..comma];
        if (comma >= 0)
        {
            marker.ParseWidth(rest[(comma + 1)..]);
        }

        if (presentation.Length == 0)
        {
            if (!marker.IsKnown)
            {
                throw new JsonataException("D3132", $"Unknown component specifier \"{(content.Length > 0 ? content[..1] : string.Empty)}\" in date/time picture string");
            }

            presentation = DefaultPresentation(component);
        }

        try
        {
            if (component is 'Z' or 'z')
            {
                marker.Timezone = TimezonePicture.Parse(presentation);
            }
            else if (presentation[0] is 'N' or 'n')
            {
                marker.NameCase = presentation.StartsWith("Nn", StringComparison.Ordinal) ? LetterCase.Title
                    : presentation[0] == 'N' ? LetterCase.Upper : LetterCase.Lower;
            }
            else if (marker.IsNumeric)
            {
                var ordinal = false;
                while (presentation.Length > 1 && presentation[^1] is 'o' or 'c' or 't')
                {
                    ordinal |= presentation[^1] == 'o';
                    presentation = presentation[..^1];
                }

                marker.Integer = IntegerPicture.Parse(presentation, ordinal);
            }
        }
        catch (JsonataException e) when (e.Code is "D3130" or "D3134")
        {
            marker.PresentationError = e;
        }

        return marker;
    }

    /// <summary>D3133: a name asked for a component that has none (or, when reading, that cannot be read back).</summary>
    public JsonataException NameError() =>
        new("D3133", $"The 'name' modifier can only be applied to months and days in the date/time picture string, not \"{Component}\"");

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
