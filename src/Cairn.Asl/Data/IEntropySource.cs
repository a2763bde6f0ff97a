namespace Cairn.Asl.Data;

/// <summary>
/// Where identifiers and random numbers come from (States.UUID, States.MathRandom, ...). It is
/// injected so that runs can be made deterministic and replays reproduce the same values.
/// </summary>
public interface IEntropySource
{
    /// <summary>A new random (version 4) UUID.</summary>
    Guid NewUuid();

    /// <summary>A uniformly distributed double in [0, 1).</summary>
    double NextDouble();
}
