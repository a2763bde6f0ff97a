using System.Text;

namespace Cairn.Jsonata.Formatting;

/// <summary>Writes an instant with a date/time picture (XPath <c>format-dateTime</c>, as JSONata's <c>$fromMillis</c> does).</summary>
internal static class DateTimeFormatter
{
    /// <summary>
    /// The formatted instant; a picture whose widths would make it longer than
    /// <paramref name="maxLength"/> code units stops the evaluation with U1001 before it is written.
    /// </summary>
    public static string Format(long millis, DateTimePicture picture, int offsetMinutes, int maxLength)
    {
        var fields = new DateTimeFields(millis, offsetMinutes);
        var text = new StringBuilder();
        foreach (var part in picture.Parts)
        {
            if (part.Marker is { } marker)
            {
                if ((long)text.Length + (marker.MinWidth ?? 0) > maxLength)
                {
                    throw Functions.FunctionContext.StringTooLong("the date/time picture", maxLength);
                }

                text.Append(FormatMarker(marker, fields));
            }
            else
            {
                text.Append(part.Literal);
            }

            if (text.Length > maxLength)
            {
                throw Functions.FunctionContext.StringTooLong("the date/time picture", maxLength);
            }
        }

        return text.ToString();
    }

    private static string FormatMarker(DateTimeMarker marker, in DateTimeFields fields)
    {
        if (marker.PresentationError is { } error)
        {
            throw error;
        }

        switch (marker.Component)
        {
            case 'Z':
                return marker.Timezone!.Format(fields.OffsetMinutes);
            case 'z':
                // A zero offset written as Z stands alone, without GMT.
                var zone = marker.Timezone!.Format(fields.OffsetMinutes);
                return zone == "Z" ? zone : "GMT" + zone;
            case 'C' or 'E':
                return "ISO";
            case 'P':
                var ampm = fields.Hour < 12 ? "am" : "pm";
                return marker.NameCase == LetterCase.Upper ? ampm.ToUpperInvariant() : ampm;
        }

        if (!marker.IsNumeric)
        {
            // A letter that is no component but came with a presentation: the reference writes
            // the value it has for it, which is none.
            return "undefined";
        }

        if (marker.NameCase is { } nameCase)
        {
            if (marker.Component is not ('M' or 'x' or 'F'))
            {
                throw marker.NameError();
            }

            var name = marker.Component == 'F' ? CalendarNames.Days[fields.Weekday - 1]
                : CalendarNames.Months[(marker.Component == 'x' ? fields.WeekMonth : fields.Month) - 1];
            return CalendarNames.Present(name, nameCase, marker.MaxWidth);
        }

        double value = marker.Component switch
        {
            'Y' => fields.Year,
            'M' => fields.Month,
            'D' => fields.Day,
            'd' => fields.DayOfYear,
            'F' => fields.Weekday,
            'W' => fields.IsoWeek,
            'w' => fields.WeekOfMonth,
            'X' => fields.IsoWeekYear,
            'x' => fields.WeekMonth,
            'H' => fields.Hour,
            'h' => fields.Hour % 12 == 0 ? 12 : fields.Hour % 12,
            'm' => fields.Minute,
            's' => fields.Second,
            _ => fields.Millisecond, // 'f': JSONata writes milliseconds as an integer
        };

        return marker.Component == 'Y' ? FormatYear(marker, value) : FormatNumber(marker, value);
    }

    private static string FormatNumber(DateTimeMarker marker, double value)
    {
        var picture = marker.Integer!;
        return picture.Format(value, Math.Max(marker.MinWidth ?? 0, picture.Digits?.MandatoryDigits ?? 0));
    }

    // A year keeps only its last digits when the picture limits the width: [Y01], [Y,2], [Y,*-2].
    private static string FormatYear(DateTimeMarker marker, double year)
    {
        var picture = marker.Integer!;
        var magnitude = Math.Abs(year);
        int? keep;
        int width;
        if (marker.MaxWidth is { } max)
        {
            keep = max;
            width = max;
        }
        else
        {
            width = Math.Max(marker.MinWidth ?? 0, picture.Digits?.MandatoryDigits ?? 0);
            var digits = width + (picture.Digits?.OptionalDigits ?? 0);
            keep = picture.Style == IntegerStyle.Decimal && digits >= 2 ? digits : null;
        }

        if (keep is { } n && n > 0 && n < 16)
        {
            magnitude %= Math.Pow(10, n);
        }

        var text = picture.Format(magnitude, width);
        return year < 0 ? "-" + text : text;
    }
}
