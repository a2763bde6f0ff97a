using System.Text;

namespace Cairn.Jsonata.Functions;

/// <summary>
/// Percent-encoding as JavaScript's encodeURIComponent / encodeURI / decodeURIComponent / decodeURI
/// do it: UTF-8 bytes, upper-case hex, and D3140 for an unpaired surrogate or a malformed escape.
/// </summary>
internal static class UriText
{
    private const string ComponentSafe = "-_.!~*'()";
    private const string Reserved = ";,/?:@&=+$#";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string EncodeComponent(string s, string functionName) => Encode(s, functionName, keepReserved: false);

    public static string Encode(string s, string functionName) => Encode(s, functionName, keepReserved: true);

    public static string DecodeComponent(string s, string functionName) => Decode(s, functionName, keepReserved: false);

    public static string Decode(string s, string functionName) => Decode(s, functionName, keepReserved: true);

    private static string Encode(string s, string functionName, bool keepReserved)
    {
        var sb = new StringBuilder(s.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiLetterOrDigit(c) || ComponentSafe.Contains(c) || (keepReserved && Reserved.Contains(c)))
            {
                sb.Append(c);
                continue;
            }

            int codePoint = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, s[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                throw Malformed(s, functionName);
            }

            var length = new Rune(codePoint).EncodeToUtf8(bytes);
            for (var b = 0; b < length; b++)
            {
                sb.Append('%').Append(bytes[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static string Decode(string s, string functionName, bool keepReserved)
    {
        if (!s.Contains('%'))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var bytes = new List<byte>(4);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '%')
            {
                sb.Append(s[i]);
                continue;
            }

            var first = ReadByte(s, i, functionName);
            if (first < 0x80)
            {
                var c = (char)first;
                if (keepReserved && Reserved.Contains(c))
                {
                    sb.Append(s, i, 3);
                }
                else
                {
                    sb.Append(c);
                }

                i += 2;
                continue;
            }

            var length = first switch
            {
                >= 0xC0 and < 0xE0 => 2,
                >= 0xE0 and < 0xF0 => 3,
                >= 0xF0 and < 0xF8 => 4,
                _ => throw Malformed(s, functionName),
            };

            bytes.Clear();
            bytes.Add(first);
            for (var k = 1; k < length; k++)
            {
                var at = i + 3 * k;
                if (at >= s.Length || s[at] != '%')
                {
                    throw Malformed(s, functionName);
                }

                bytes.Add(ReadByte(s, at, functionName));
            }

            try
            {
                sb.Append(StrictUtf8.GetString(bytes.ToArray()));
            }
            catch (DecoderFallbackException)
            {
                throw Malformed(s, functionName);
            }

            i += 3 * length - 1;
        }

        return sb.ToString();
    }

    private static byte ReadByte(string s, int percent, string functionName)
    {
        if (percent + 2 >= s.Length)
        {
            throw Malformed(s, functionName);
        }

        var hi = s[percent + 1];
        var lo = s[percent + 2];
        if (!char.IsAsciiHexDigit(hi) || !char.IsAsciiHexDigit(lo))
        {
            throw Malformed(s, functionName);
        }

        return (byte)((HexValue(hi) << 4) | HexValue(lo));
    }

    private static int HexValue(char c) => char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10;

    private static JsonataException Malformed(string s, string functionName) =>
        new("D3140", $"Malformed URL passed to ${functionName}(): {StringCast.ToJsonText(new Cairn.Json.JString(s))}", token: functionName, value: new Cairn.Json.JString(s));
}
