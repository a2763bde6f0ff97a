using System.Text;

namespace Cairn.Json.Tests;

/// <summary>JsonSize agrees with the UTF-8 length of the written text, over generated values.</summary>
public class JsonSizeTests
{
    private static readonly string[] Pieces = ["a", "é", "€", "😀", "\"", "\\", "\n", "\t", "\u0001", "\u001f", "\u007f", "\ud800", "\udc00x", "\u2028", " "];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Measures_what_ToJson_writes(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 500; i++)
        {
            var value = Generate(random, 0);
            Assert.Equal(Encoding.UTF8.GetByteCount(value.ToJson()), JsonSize.Utf8Bytes(value));

            // Measured again (cached by the containers), the same.
            Assert.Equal(Encoding.UTF8.GetByteCount(value.ToJson()), JsonSize.Utf8Bytes(value));
        }
    }

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(-10)]
    public void Measures_integers(long value) =>
        Assert.Equal(JNumber.From(value).ToJson().Length, JsonSize.Utf8Bytes(JNumber.From(value)));

    [Fact]
    public void Exceeds_compares_with_the_limit()
    {
        var value = new JString(new string('a', 10)); // 12 bytes with its quotes
        Assert.False(JsonSize.Exceeds(value, 12));
        Assert.True(JsonSize.Exceeds(value, 11));
    }

    private static JValue Generate(Random random, int depth)
    {
        var kind = depth > 3 ? random.Next(4) : random.Next(6);
        switch (kind)
        {
            case 0:
                return random.Next(3) switch { 0 => JNull.Instance, 1 => JBool.From(true), _ => JBool.From(false) };
            case 1:
                return random.Next(3) switch
                {
                    0 => JNumber.From(random.NextInt64(long.MinValue, long.MaxValue)),
                    1 => JNumber.From(random.Next(-1000, 1000)),
                    _ => JNumber.From((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-30, 30))),
                };
            case 2:
            case 3:
                return new JString(Text(random));
            case 4:
                var items = new JValue[random.Next(5)];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Generate(random, depth + 1);
                }

                return JArray.Adopt(items);
            default:
                var builder = new JObjectBuilder(4);
                var count = random.Next(5);
                for (var i = 0; i < count; i++)
                {
                    builder.Set(Text(random) + i, Generate(random, depth + 1));
                }

                return builder.Build();
        }
    }

    private static string Text(Random random)
    {
        var sb = new StringBuilder();
        var length = random.Next(12);
        for (var i = 0; i < length; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return sb.ToString();
    }
}
