using System.Text;

namespace Cairn.Jsonata.Functions;

/// <summary>
/// Base64 as JSONata does it: each character is taken as one byte (its low eight bits) when
/// encoding, and each decoded byte becomes one character (Latin-1). Decoding is lenient like
/// Node's: characters outside the alphabet are skipped and padding is optional.
/// </summary>
internal static class Base64Text
{
    public static string Encode(string s)
    {
        var bytes = new byte[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            bytes[i] = (byte)s[i];
        }

        return Convert.ToBase64String(bytes);
    }

    public static string Decode(string s)
    {
        var sb = new StringBuilder(s.Length * 3 / 4);
        var buffer = 0;
        var bits = 0;
        foreach (var c in s)
        {
            if (c == '=')
            {
                break;
            }

            var value = SextetValue(c);
            if (value < 0)
            {
                continue;
            }

            buffer = (buffer << 6) | value;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                sb.Append((char)((buffer >> bits) & 0xFF));
            }
        }

        return sb.ToString();
    }

    private static int SextetValue(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' or '-' => 62,
        '/' or '_' => 63,
        _ => -1,
    };
}
