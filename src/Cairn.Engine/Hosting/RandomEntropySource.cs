using System.Security.Cryptography;
using Cairn.Asl.Data;

namespace Cairn.Engine.Hosting;

/// <summary>Production entropy: random UUIDs and a random number generator seeded per instance.</summary>
public sealed class RandomEntropySource : IEntropySource
{
    private readonly Random _random = new(RandomNumberGenerator.GetInt32(int.MaxValue));

    public Guid NewUuid() => Guid.NewGuid();

    public double NextDouble() => _random.NextDouble();
}
