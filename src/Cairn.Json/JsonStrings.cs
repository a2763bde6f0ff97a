using System.Text;

namespace Cairn.Json;

/// <summary>
/// Decodes the raw bytes of a JSON string token (between its quotes, escapes not yet applied)
/// with every check spelt out: the bytes must be UTF-8 (shortest forms, no surrogate code points,
/// nothing past U+10FFFF) and the escapes valid. Unpaired surrogate escapes (<c>\ud800</c>) are
/// refused unless the caller takes them, as Jackson does for request members.
/// </summary>
public static class JsonStrings
{
    public static bool TryDecode(ReadOnlySpan<byte> raw, bool allowUnpairedSurrogates, out string value, out string? error)
    {
        var sb = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var b = raw[i];
            if (b == '\\')
            {
                if (!TryEscape(raw, ref i, sb, allowUnpairedSurrogates, out error))
                {
                    value = string.Empty;
                    return false;
                }

                continue;
            }

            if (b < 0x80)
            {
                if (b < 0x20)
                {
                    return Fail($"Illegal unquoted character (CTRL-CHAR, code {b}): has to be escaped using backslash to be included in string value", out value, out error);
                }

                sb.Append((char)b);
                i++;
                continue;
            }

            if (!TryUtf8(raw, ref i, sb, out error))
            {
                value = string.Empty;
                return false;
            }
        }

        value = sb.ToString();
        error = null;
        return true;
    }

    /// <summary>Why <paramref name="raw"/> does not decode (unpaired surrogate escapes refused).</summary>
    public static string DescribeInvalid(ReadOnlySpan<byte> raw) =>
        TryDecode(raw, allowUnpairedSurrogates: false, out _, out var error) ? "Invalid string" : error!;

    /// <summary>The index of the first unpaired surrogate in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfUnpairedSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool TryUtf8(ReadOnlySpan<byte> raw, ref int i, StringBuilder sb, out string? error)
    {
        var b = raw[i];
        var (length, min, first) = b switch
        {
            >= 0xC2 and <= 0xDF => (2, 0x80, b & 0x1F),
            >= 0xE0 and <= 0xEF => (3, 0x800, b & 0x0F),
            >= 0xF0 and <= 0xF4 => (4, 0x10000, b & 0x07),
            _ => (0, 0, 0),
        };
        if (length == 0)
        {
            error = $"Invalid UTF-8 start byte 0x{b:x2}";
            return false;
        }

        var codePoint = first;
        for (var k = 1; k < length; k++)
        {
            if (i + k >= raw.Length || (raw[i + k] & 0xC0) != 0x80)
            {
                error = i + k >= raw.Length ? "Unexpected end-of-input in UTF-8 sequence" : $"Invalid UTF-8 middle byte 0x{raw[i + k]:x2}";
                return false;
            }

            codePoint = (codePoint << 6) | (raw[i + k] & 0x3F);
        }

        if (codePoint < min || codePoint > 0x10FFFF || codePoint is >= 0xD800 and <= 0xDFFF)
        {
            error = $"Invalid UTF-8 sequence for code point 0x{codePoint:x}";
            return false;
        }

        sb.Append(char.ConvertFromUtf32(codePoint));
        i += length;
        error = null;
        return true;
    }

    private static bool TryEscape(ReadOnlySpan<byte> raw, ref int i, StringBuilder sb, bool allowUnpaired, out string? error)
    {
        if (i + 1 >= raw.Length)
        {
            error = "Unexpected end-of-input in character escape sequence";
            return false;
        }

        var e = raw[i + 1];
        char simple;
        switch (e)
        {
            case (byte)'"': simple = '"'; break;
            case (byte)'\\': simple = '\\'; break;
            case (byte)'/': simple = '/'; break;
            case (byte)'b': simple = '\b'; break;
            case (byte)'f': simple = '\f'; break;
            case (byte)'n': simple = '\n'; break;
            case (byte)'r': simple = '\r'; break;
            case (byte)'t': simple = '\t'; break;
            case (byte)'u':
                return TryUnicodeEscape(raw, ref i, sb, allowUnpaired, out error);
            default:
                error = $"Unrecognized character escape '{(char)e}' (code {e})";
                return false;
        }

        sb.Append(simple);
        i += 2;
        error = null;
        return true;
    }

    private static bool TryUnicodeEscape(ReadOnlySpan<byte> raw, ref int i, StringBuilder sb, bool allowUnpaired, out string? error)
    {
        if (!TryHex4(raw, i + 2, out var unit))
        {
            error = "Unexpected character in \\u escape: expected a hex-digit for character escape sequence";
            return false;
        }

        if (char.IsHighSurrogate(unit) && raw.Length >= i + 12 && raw[i + 6] == '\\' && raw[i + 7] == 'u' &&
            TryHex4(raw, i + 8, out var low) && char.IsLowSurrogate(low))
        {
            sb.Append(unit).Append(low);
            i += 12;
            error = null;
            return true;
        }

        if (char.IsSurrogate(unit) && !allowUnpaired)
        {
            error = $"Unpaired surrogate in escape '\\u{(int)unit:x4}': JSON text must be valid Unicode";
            return false;
        }

        sb.Append(unit);
        i += 6;
        error = null;
        return true;
    }

    private static bool TryHex4(ReadOnlySpan<byte> raw, int start, out char unit)
    {
        unit = '\0';
        if (start + 4 > raw.Length)
        {
            return false;
        }

        var value = 0;
        for (var k = 0; k < 4; k++)
        {
            var digit = HexValue(raw[start + k]);
            if (digit < 0)
            {
                return false;
            }

            value = (value << 4) | digit;
        }

        unit = (char)value;
        return true;
    }

    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static bool Fail(string message, out string value, out string? error)
    {
        value = string.Empty;
        error = message;
        return false;
    }
}
