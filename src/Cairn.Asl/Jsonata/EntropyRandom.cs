using Cairn.Asl.Data;

namespace Cairn.Asl.Jsonata;

/// <summary>
/// A <see cref="Random"/> that draws from the injected entropy source, so that JSONata's
/// <c>$shuffle()</c> is as reproducible as the rest of an execution.
/// </summary>
internal sealed class EntropyRandom(IEntropySource entropy) : Random
{
    // Random's other members are built on Sample() when a derived class overrides it.
    protected override double Sample() => entropy.NextDouble();

    public override double NextDouble() => entropy.NextDouble();

    public override int Next() => (int)(entropy.NextDouble() * int.MaxValue);

    public override int Next(int maxValue) => (int)(entropy.NextDouble() * maxValue);

    public override int Next(int minValue, int maxValue) => minValue + (int)(entropy.NextDouble() * ((long)maxValue - minValue));
}
