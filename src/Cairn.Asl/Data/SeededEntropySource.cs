namespace Cairn.Asl.Data;

/// <summary>A deterministic entropy source from a seed: the same seed gives the same sequence.</summary>
public sealed class SeededEntropySource : IEntropySource
{
    private readonly Random _random;

    public SeededEntropySource(int seed) => _random = new Random(seed);

    public Guid NewUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (little-endian field layout of Guid)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    public double NextDouble() => _random.NextDouble();
}
