using System.Numerics;
using System.Text;
using Cairn.Json;
using Cairn.Jsonata.Formatting;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary><c>$formatNumber</c>, <c>$formatBase</c>, <c>$formatInteger</c> and <c>$parseInteger</c>.</summary>
internal static class NumberFormattingFunctions
{
    private const string RadixDigits = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static void Register(FunctionTable table)
    {
        table.Add("formatNumber", "<n-so?:s>", (_, args) => FormatNumber(args));
        table.Add("formatBase", "<n-n?:s>", (_, args) => FormatBase(args));
        table.Add("formatInteger", "<n-s:s>", (_, args) => FormatInteger(args));
        table.Add("parseInteger", "<s-s:n>", (_, args) => ParseInteger(args));
    }

    private static JValue? FormatNumber(JValue?[] args)
    {
        if (!Numbers.TryGetDouble(Argument(args, 0), out var value) || Argument(args, 1) is not JString picture)
        {
            return null;
        }

        var symbols = DecimalFormatSymbols.FromOptions(Argument(args, 2) as JObject);
        return new JString(NumberFormatter.Format(value, picture.Value, symbols));
    }

    private static JValue? FormatBase(JValue?[] args)
    {
        if (!Numbers.TryGetDouble(Argument(args, 0), out var value))
        {
            return null;
        }

        var radix = 10d;
        if (Numbers.TryGetDouble(Argument(args, 1), out var givenRadix))
        {
            radix = Math.Round(givenRadix, MidpointRounding.ToEven);
        }

        if (radix is < 2 or > 36)
        {
            throw new JsonataException("D3100", $"The radix of the formatBase function must be between 2 and 36.  It was given {Numbers.From(radix).ToLiteral()}");
        }

        var whole = new BigInteger(Math.Round(value, MidpointRounding.ToEven));
        return new JString(ToRadix(whole, (int)radix));
    }

    private static string ToRadix(BigInteger value, int radix)
    {
        if (value.IsZero)
        {
            return "0";
        }

        var negative = value.Sign < 0;
        var magnitude = BigInteger.Abs(value);
        var digits = new StringBuilder();
        while (!magnitude.IsZero)
        {
            magnitude = BigInteger.DivRem(magnitude, radix, out var remainder);
            digits.Insert(0, RadixDigits[(int)remainder]);
        }

        return negative ? "-" + digits : digits.ToString();
    }

    private static JValue? FormatInteger(JValue?[] args)
    {
        if (!Numbers.TryGetDouble(Argument(args, 0), out var value) || Argument(args, 1) is not JString picture)
        {
            return null;
        }

        return new JString(IntegerPicture.ParseWithModifier(picture.Value).Format(Math.Floor(value)));
    }

    private static JValue? ParseInteger(JValue?[] args)
    {
        if (Argument(args, 0) is not JString text || Argument(args, 1) is not JString picture)
        {
            return null;
        }

        // Text that is not a number in the picture is NaN in JSONata, which is written as null.
        var value = IntegerPicture.ParseWithModifier(picture.Value).Parse(text.Value);
        return value is { } number && double.IsFinite(number) ? Numbers.From(number) : JNull.Instance;
    }

    private static JValue? Argument(JValue?[] args, int index) => index < args.Length ? args[index] : null;
}
