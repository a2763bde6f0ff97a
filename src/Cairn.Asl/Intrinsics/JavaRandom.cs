namespace Cairn.Asl.Intrinsics;

/// <summary>
/// The linear congruential generator of <c>java.util.Random</c>. States.MathRandom with a seed must
/// give the same number for the same seed; using the generator the AWS runtime (Java) uses keeps
/// seeded results stable and as close to AWS's as possible.
/// </summary>
internal struct JavaRandom
{
    private const long Multiplier = 0x5DEECE66DL;
    private const long Addend = 0xBL;
    private const long Mask = (1L << 48) - 1;

    private long _seed;

    public JavaRandom(long seed) => _seed = (seed ^ Multiplier) & Mask;

    /// <summary>A uniform integer in [0, bound), as <c>Random.nextInt(int)</c> computes it.</summary>
    public int NextInt(int bound)
    {
        var r = Next(31);
        var m = bound - 1;
        if ((bound & m) == 0)
        {
            return (int)((bound * (long)r) >> 31);
        }

        for (var u = r; u - (r = u % bound) + m < 0; u = Next(31))
        {
        }

        return r;
    }

    /// <summary>A uniform double in [0, 1), as <c>Random.nextDouble()</c> computes it (53 random bits).</summary>
    public double NextDouble()
    {
        var high = (long)Next(26) << 27;
        return (high + Next(27)) * (1.0 / (1L << 53));
    }

    private int Next(int bits)
    {
        _seed = ((_seed * Multiplier) + Addend) & Mask;
        return (int)((ulong)_seed >> (48 - bits));
    }
}
