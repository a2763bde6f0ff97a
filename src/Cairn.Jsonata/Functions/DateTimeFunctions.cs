using Cairn.Json;
using Cairn.Jsonata.Formatting;
using Cairn.Jsonata.Values;

namespace Cairn.Jsonata.Functions;

/// <summary><c>$now</c>, <c>$millis</c>, <c>$fromMillis</c> and <c>$toMillis</c>. The clock is the evaluation's fixed <see cref="FunctionContext.Now"/>.</summary>
internal static class DateTimeFunctions
{
    /// <summary>ECMAScript's limit on time values, in milliseconds either side of the epoch.</summary>
    private const double MaxTimeValue = 8.64e15;

    public static void Register(FunctionTable table)
    {
        table.Add("now", "<s?s?:s>", (context, args) =>
            Format(context, context.Now.ToUnixTimeMilliseconds(), Argument(args, 0), Argument(args, 1)));
        table.Add("millis", "<:n>", (context, _) => Numbers.From(context.Now.ToUnixTimeMilliseconds()));
        table.Add("fromMillis", "<n-s?s?:s>", (context, args) => FromMillis(context, args));
        table.Add("toMillis", "<s-s?:n>", (context, args) => ToMillis(args, context.Now));
    }

    private static JValue? FromMillis(FunctionContext context, JValue?[] args)
    {
        if (!Numbers.TryGetDouble(Argument(args, 0), out var millis))
        {
            return null;
        }

        if (double.IsNaN(millis) || Math.Abs(millis) > MaxTimeValue)
        {
            return null;
        }

        return Format(context, (long)Math.Truncate(millis), Argument(args, 1), Argument(args, 2));
    }

    private static JString Format(FunctionContext context, long millis, JValue? picture, JValue? timezone)
    {
        var pictureText = (picture as JString)?.Value ?? DateTimePicture.Iso8601;
        var offset = TimezoneArgument.ParseOffsetMinutes((timezone as JString)?.Value);
        return new JString(DateTimeFormatter.Format(millis, DateTimePicture.Get(pictureText), offset, context.StringLengthLimit));
    }

    private static JValue? ToMillis(JValue?[] args, DateTimeOffset now)
    {
        if (Argument(args, 0) is not JString timestamp)
        {
            return null;
        }

        long? millis;
        if (Argument(args, 1) is JString picture)
        {
            millis = DateTimeParser.Parse(timestamp.Value, DateTimePicture.Get(picture.Value), now);
            return millis is { } parsed ? Numbers.From(parsed) : null;
        }

        if (!Iso8601Timestamp.TryParse(timestamp.Value, out millis))
        {
            throw new JsonataException(
                "D3110",
                $"The argument of the toMillis function must be an ISO 8601 formatted timestamp. Given {timestamp.ToJson()}",
                value: timestamp);
        }

        // A timestamp of the right form that names no instant (month 13) is NaN in JSONata, which is written as null.
        return millis is { } instant ? Numbers.From(instant) : JNull.Instance;
    }

    private static JValue? Argument(JValue?[] args, int index) => index < args.Length ? args[index] : null;
}
