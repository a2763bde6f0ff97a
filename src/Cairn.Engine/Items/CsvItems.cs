using System.Text;
using Cairn.Json;

namespace Cairn.Engine.Items;

/// <summary>
/// Rows of a delimited text object read part by part: only complete rows are taken from a part
/// (a row ends at a line break outside quotes, or at the end of the object), so the next part
/// starts where the last complete row ended. Quoted fields may hold delimiters, line breaks and
/// doubled quotes. Values stay strings, as AWS keeps them; an empty line is no row.
/// </summary>
public static class CsvItems
{
    /// <summary>The delimiter ReaderConfig's CSVDelimiter names (COMMA by default).</summary>
    /// <exception cref="FormatException">Not one AWS offers.</exception>
    public static byte Delimiter(string? name) => name switch
    {
        null or "COMMA" => (byte)',',
        "PIPE" => (byte)'|',
        "SEMICOLON" => (byte)';',
        "SPACE" => (byte)' ',
        "TAB" => (byte)'\t',
        _ => throw new FormatException($"CSVDelimiter must be one of COMMA, PIPE, SEMICOLON, SPACE, TAB, but was '{name}'."),
    };

    /// <summary>
    /// Reads complete rows from <paramref name="data"/> (at most <paramref name="maxRows"/>); returns
    /// how many bytes they take. With <paramref name="final"/>, the data runs to the object's end.
    /// </summary>
    /// <exception cref="FormatException">A quote that is never closed at the object's end.</exception>
    public static int ReadRows(ReadOnlySpan<byte> data, byte delimiter, bool final, int maxRows, List<string[]> rows)
    {
        var consumed = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (rows.Count < maxRows && consumed < data.Length)
        {
            var end = ReadRow(data[consumed..], delimiter, final, fields, field);
            if (end < 0)
            {
                break;
            }

            consumed += end;
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                rows.Add(fields.ToArray());
            }

            fields.Clear();
        }

        return consumed;
    }

    /// <summary>One row from the start of <paramref name="data"/>: the bytes it takes, or -1 when it is not complete yet.</summary>
    private static int ReadRow(ReadOnlySpan<byte> data, byte delimiter, bool final, List<string> fields, StringBuilder field)
    {
        field.Clear();
        var i = 0;
        var quoted = false;
        var start = 0;
        var raw = new List<byte>();
        while (i < data.Length)
        {
            var b = data[i];
            if (quoted)
            {
                if (b == (byte)'"')
                {
                    if (i + 1 < data.Length && data[i + 1] == (byte)'"')
                    {
                        raw.Add((byte)'"');
                        i += 2;
                        continue;
                    }

                    if (i + 1 >= data.Length && !final)
                    {
                        return -1;
                    }

                    quoted = false;
                    i++;
                    continue;
                }

                raw.Add(b);
                i++;
                continue;
            }

            if (b == (byte)'"' && raw.Count == 0 && i == start)
            {
                quoted = true;
                i++;
                continue;
            }

            if (b == delimiter)
            {
                fields.Add(Encoding.UTF8.GetString(raw.ToArray()));
                raw.Clear();
                i++;
                start = i;
                continue;
            }

            if (b is (byte)'\n' or (byte)'\r')
            {
                if (b == (byte)'\r' && i + 1 >= data.Length && !final)
                {
                    return -1;
                }

                fields.Add(Encoding.UTF8.GetString(raw.ToArray()));
                var length = b == (byte)'\r' && i + 1 < data.Length && data[i + 1] == (byte)'\n' ? i + 2 : i + 1;
                return length;
            }

            raw.Add(b);
            i++;
        }

        if (!final)
        {
            return -1;
        }

        if (quoted)
        {
            throw new FormatException("A quoted CSV field is not closed before the end of the object.");
        }

        fields.Add(Encoding.UTF8.GetString(raw.ToArray()));
        return data.Length;
    }

    /// <summary>
    /// A row as an item: each header's value, "" where the row is shorter; fields beyond the headers
    /// are left out. The keys come in <paramref name="order"/> (<see cref="KeyOrder"/>).
    /// </summary>
    public static JObject Item(string[] headers, int[] order, string[] row)
    {
        var builder = new JObjectBuilder(headers.Length);
        foreach (var i in order)
        {
            builder.Set(headers[i], new JString(i < row.Length ? row[i] : string.Empty));
        }

        return builder.Build();
    }

    /// <summary>
    /// The order AWS gives a CSV item's keys in: its rows are Java hash maps, so the keys come by
    /// hash bucket (String.hashCode spread as HashMap does, in a table grown at a load factor of
    /// 0.75 from 16 buckets), in header order within a bucket.
    /// </summary>
    public static int[] KeyOrder(string[] headers)
    {
        var capacity = 16;
        while (headers.Length > capacity * 3 / 4)
        {
            capacity *= 2;
        }

        var buckets = new int[headers.Length];
        for (var i = 0; i < headers.Length; i++)
        {
            var h = JavaHashCode(headers[i]);
            buckets[i] = (h ^ (int)((uint)h >> 16)) & (capacity - 1);
        }

        var order = new int[headers.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // A stable sort by bucket keeps header order within a bucket.
        return order.OrderBy(i => buckets[i]).ToArray();
    }

    private static int JavaHashCode(string text)
    {
        var h = 0;
        foreach (var c in text)
        {
            h = unchecked((31 * h) + c);
        }

        return h;
    }
}
