namespace Cairn.Engine.Testing;

/// <summary>
/// The bounds AWS documents for response members whose embedded service model (generated from
/// botocore, which follows the newest API release) says otherwise. TestState checks mocked results
/// against the limits AWS enforces today, so these replace the model's min and max.
/// </summary>
internal static class DocumentedLimits
{
    private static readonly Dictionary<(string Service, string Shape), (long? Min, long? Max)> Limits = new()
    {
        // Lambda quotas: "Function memory allocation: 128 MB to 10,240 MB, in 1-MB increments."
        // The model allows 32,768 MB, the bound of functions on Lambda Managed Instances.
        [("lambda", "MemorySize")] = (128, 10240),
    };

    /// <summary>The documented (min, max) of <paramref name="shape"/> in <paramref name="service"/>, or null to keep the model's.</summary>
    public static (long? Min, long? Max)? Find(string service, string shape) =>
        Limits.TryGetValue((service, shape), out var limit) ? limit : null;
}
