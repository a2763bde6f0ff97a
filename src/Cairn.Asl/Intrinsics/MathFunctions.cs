using Cairn.Asl.Data;
using Cairn.Json;

namespace Cairn.Asl.Intrinsics;

/// <summary>The math intrinsics: States.MathRandom and States.MathAdd.</summary>
internal static class MathFunctions
{
    /// <summary>A random integer in [start, end); with a seed the same arguments always give the same number.</summary>
    public static JValue MathRandom(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        long start = IntrinsicArguments.RequireInt32(call, arguments[0]);
        long end = IntrinsicArguments.RequireInt32(call, arguments[1]);
        if (start >= end)
        {
            throw IntrinsicErrors.InvalidArguments(call);
        }

        var range = end - start;
        if (arguments.Length == 3)
        {
            var seed = IntrinsicArguments.RequireInteger(call, arguments[2]);
            var random = new JavaRandom(seed);
            if (range <= int.MaxValue)
            {
                return JNumber.From(start + random.NextInt((int)range));
            }

            // Wider than an int bound: combine two draws so every value stays reachable.
            var high = (long)random.NextInt(int.MaxValue);
            return JNumber.From(start + ((high * int.MaxValue + random.NextInt(int.MaxValue)) % range));
        }

        var offset = (long)Math.Floor(scope.Entropy.NextDouble() * range);
        return JNumber.From(start + Math.Min(offset, range - 1));
    }

    /// <summary>The sum of two integers in the 32-bit range (each argument rounded first, as AWS documents).</summary>
    public static JValue MathAdd(IntrinsicCall call, JValue[] arguments, IDataScope scope)
    {
        long a = IntrinsicArguments.RequireInt32(call, arguments[0]);
        long b = IntrinsicArguments.RequireInt32(call, arguments[1]);
        return JNumber.From(a + b);
    }
}
