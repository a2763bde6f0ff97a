using Cairn.Json;

namespace Cairn.Jsonata.Functions;

/// <summary>
/// What a built-in function may use of the evaluation that calls it: the clock fixed for this
/// evaluation, the random source, and a way to call function arguments (lambdas, built-ins,
/// partial applications) under the evaluation's time and depth limits.
/// </summary>
internal abstract class FunctionContext
{
    /// <summary>The instant this evaluation started; <c>$now()</c> and <c>$millis()</c> return it every time.</summary>
    public abstract DateTimeOffset Now { get; }

    public abstract Random Random { get; }

    /// <summary>Calls <paramref name="function"/>; throws T1006 when it is not a function.</summary>
    public abstract JValue? Apply(JValue? function, JValue?[] arguments);

    /// <summary>
    /// The longest string (UTF-16 code units) this evaluation may build:
    /// <see cref="JsonataOptions.MaxStringLength"/>, else <see cref="LongestString"/>.
    /// </summary>
    public abstract int StringLengthLimit { get; }

    /// <summary>The longest string a JavaScript engine builds (V8's 2^29 - 24): JSONata's own bound when no limit is set.</summary>
    public const int LongestString = (1 << 29) - 24;

    /// <summary>Stops the evaluation with U1001 before <paramref name="builder"/> builds a string of <paramref name="length"/> code units over the limit.</summary>
    public void CheckStringLength(double length, string builder)
    {
        if (length > StringLengthLimit)
        {
            throw StringTooLong(builder, StringLengthLimit);
        }
    }

    public static JsonataException StringTooLong(string builder, int limit) =>
        JsonataErrors.Limit($"The string built by {builder} would be longer than the limit of {limit} characters");
}
