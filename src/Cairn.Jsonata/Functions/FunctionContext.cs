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
}
