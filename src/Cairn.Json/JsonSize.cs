using System.Buffers;
using System.Text;

namespace Cairn.Json;

/// <summary>
/// The size of a value's compact JSON text (<see cref="JValue.ToJson"/>) in UTF-8 bytes, as AWS
/// measures payloads, found without writing the text: a check against a limit costs no memory.
/// Objects and arrays remember their size (they never change), so a value built mostly from parts
/// measured before is measured in time proportional to what is new.
/// </summary>
public static class JsonSize
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    /// <summary>The UTF-8 byte count of <paramref name="value"/>'s compact JSON text.</summary>
    public static long Utf8Bytes(JValue value) => value switch
    {
        JNull => 4,
        JBool b => b.Value ? 4 : 5,
        JNumber n => NumberBytes(n),
        JString s => StringBytes(s.Value),
        JArray a => a.Utf8Size >= 0 ? a.Utf8Size : a.Utf8Size = ArrayBytes(a),
        JObject o => o.Utf8Size >= 0 ? o.Utf8Size : o.Utf8Size = ObjectBytes(o),
        _ => Encoding.UTF8.GetByteCount(value.ToJson()),
    };

    /// <summary>Whether <paramref name="value"/>'s compact JSON text is longer than <paramref name="maxBytes"/> UTF-8 bytes.</summary>
    public static bool Exceeds(JValue value, long maxBytes) => Utf8Bytes(value) > maxBytes;

    /// <summary>The UTF-8 byte count of <paramref name="value"/> written as a JSON string (quotes and escapes included).</summary>
    public static long StringBytes(string value)
    {
        long bytes = Encoding.UTF8.GetByteCount(value) + 2;
        var rest = value.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(Escaped)) >= 0)
        {
            // An escape replaces one byte: \" \\ \n \r \t \b \f take two, the other controls \u00XX six.
            bytes += rest[at] switch
            {
                '"' or '\\' or '\n' or '\r' or '\t' or '\b' or '\f' => 1,
                _ => 5,
            };
            rest = rest[(at + 1)..];
        }

        return bytes;
    }

    private static long NumberBytes(JNumber number)
    {
        if (number.IsIntegral)
        {
            var v = number.IntegerValue;
            long digits = v < 0 ? 2 : 1;
            var magnitude = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
            while (magnitude >= 10)
            {
                magnitude /= 10;
                digits++;
            }

            return digits;
        }

        var literal = number.ToLiteral();
        return number.IsFloatingPoint && !double.IsFinite(number.DoubleValue) ? StringBytes(literal) : literal.Length;
    }

    private static long ArrayBytes(JArray array)
    {
        long bytes = 2 + Math.Max(0, array.Count - 1);
        foreach (var item in array.Items)
        {
            bytes += Utf8Bytes(item);
        }

        return bytes;
    }

    private static long ObjectBytes(JObject obj)
    {
        long bytes = 2 + Math.Max(0, obj.Count - 1);
        foreach (var member in obj.Members)
        {
            bytes += StringBytes(member.Key) + 1 + Utf8Bytes(member.Value);
        }

        return bytes;
    }
}
