using System.Text;
using Cairn.Json;

namespace Cairn.Engine.Tests.Support;

/// <summary>
/// Generated JSON payloads of an exact size (UTF-8 bytes of their compact text), mixing one- to
/// four-byte characters, escaped characters and control characters, so that limit tests measure
/// bytes as AWS does rather than characters.
/// </summary>
public static class Payloads
{
    private static readonly string[] Pieces = ["a", "é", "€", "😀", "\"", "\\", "\n", "\u0001", " ", "Z"];

    /// <summary>An object <c>{"data": "..."}</c> whose compact JSON text is exactly <paramref name="bytes"/> UTF-8 bytes.</summary>
    public static JObject OfSize(int bytes, int seed)
    {
        var random = new Random(seed);
        const int overhead = 11; // {"data":""}
        var text = new StringBuilder();
        long size = 0;
        while (true)
        {
            var piece = Pieces[random.Next(Pieces.Length)];
            var cost = JsonSize.StringBytes(piece) - 2;
            if (size + cost > bytes - overhead - 8)
            {
                break;
            }

            text.Append(piece);
            size += cost;
        }

        text.Append('a', (int)(bytes - overhead - size));
        var value = JObject.Create(("data", new JString(text.ToString())));
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(value.ToJson()));
        return value;
    }
}
