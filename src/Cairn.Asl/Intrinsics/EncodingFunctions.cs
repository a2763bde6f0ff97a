using System.Text;
using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>The data encoding intrinsics: States.Base64Encode and States.Base64Decode.</summary>
internal static class EncodingFunctions
{
    /// <summary>The longest string either function accepts (AWS documents 10,000 characters).</summary>
    public const int MaxInputLength = 10_000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static JValue Base64Encode(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        var text = IntrinsicArguments.RequireString(call, arguments[0]);
        if (text.Length > MaxInputLength)
        {
            throw IntrinsicErrors.InvalidArguments(call);
        }

        return text.Length == 0 ? JString.Empty : new JString(Convert.ToBase64String(Utf8.GetBytes(text)));
    }

    public static JValue Base64Decode(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        var text = IntrinsicArguments.RequireString(call, arguments[0]);
        if (text.Length > MaxInputLength)
        {
            throw IntrinsicErrors.InvalidArguments(call);
        }

        if (!TryDecodeMime(text, out var bytes))
        {
            throw IntrinsicErrors.InvalidArguments(call);
        }

        // Invalid UTF-8 becomes U+FFFD, as Java's String constructor does.
        return bytes.Length == 0 ? JString.Empty : new JString(Utf8.GetString(bytes));
    }

    /// <summary>
    /// MIME Base64 decoding as AWS applies it: characters outside the alphabet (spaces, line
    /// breaks, punctuation) are skipped, decoding stops at padding, and missing padding is
    /// tolerated. Only a dangling single character (six bits, no whole byte) is an error.
    /// </summary>
    private static bool TryDecodeMime(string text, out byte[] bytes)
    {
        var output = new byte[(text.Length * 3 / 4) + 3];
        var count = 0;
        var buffer = 0;
        var bits = 0;
        var sextets = 0;
        foreach (var c in text)
        {
            if (c == '=')
            {
                break;
            }

            var value = SextetOf(c);
            if (value < 0)
            {
                continue;
            }

            buffer = (buffer << 6) | value;
            bits += 6;
            sextets++;
            if (bits >= 8)
            {
                bits -= 8;
                output[count++] = (byte)(buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }

        if (sextets % 4 == 1)
        {
            bytes = [];
            return false;
        }

        bytes = output.AsSpan(0, count).ToArray();
        return true;
    }

    private static int SextetOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => -1,
    };
}
