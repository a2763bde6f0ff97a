using System.Collections.Concurrent;
using System.Text;

namespace Cairn.Jsonata.Formatting;

/// <summary>
/// A parsed XPath <c>format-dateTime</c> picture string: literal text and variable markers.
/// <c>[[</c> and <c>]]</c> stand for literal brackets; whitespace inside a marker is ignored.
/// Parsed pictures are immutable and cached, since expressions usually pass literal pictures.
/// </summary>
internal sealed class DateTimePicture
{
    /// <summary>The picture <c>$fromMillis</c> and <c>$now</c> use when none is given (ISO 8601).</summary>
    public const string Iso8601 = "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]";

    private const int CacheLimit = 256;
    private static readonly ConcurrentDictionary<string, DateTimePicture> Cache = new(StringComparer.Ordinal);

    private DateTimePicture(IReadOnlyList<DateTimePicturePart> parts) => Parts = parts;

    public IReadOnlyList<DateTimePicturePart> Parts { get; }

    public static DateTimePicture Get(string picture)
    {
        if (Cache.TryGetValue(picture, out var cached))
        {
            return cached;
        }

        var parsed = Parse(picture);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(picture, parsed);
        }

        return parsed;
    }

    private static DateTimePicture Parse(string picture)
    {
        var parts = new List<DateTimePicturePart>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < picture.Length)
        {
            var c = picture[i];
            if (c is '[' or ']' && i + 1 < picture.Length && picture[i + 1] == c)
            {
                literal.Append(c);
                i += 2;
            }
            else if (c == '[')
            {
                var close = picture.IndexOf(']', i + 1);
                if (close < 0)
                {
                    throw new JsonataException("D3135", "No matching closing bracket ']' in date/time picture string");
                }

                if (literal.Length > 0)
                {
                    parts.Add(new DateTimePicturePart(literal.ToString(), null));
                    literal.Clear();
                }

                var content = string.Concat(picture[(i + 1)..close].Where(ch => !char.IsWhiteSpace(ch)));
                parts.Add(new DateTimePicturePart(null, DateTimeMarker.Parse(content)));
                i = close + 1;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(new DateTimePicturePart(literal.ToString(), null));
        }

        return new DateTimePicture(parts);
    }
}

/// <summary>Either literal text or a variable marker.</summary>
internal readonly record struct DateTimePicturePart(string? Literal, DateTimeMarker? Marker);
