using Cairn.Json;

namespace Cairn.Jsonata.Values;

/// <summary>
/// An array built by an array constructor that is the first or last step of a path. Path
/// steps keep it as one value instead of flattening it into their results.
/// </summary>
internal sealed class ConsArray : JArray
{
    private ConsArray(JValue[] items) : base(items)
    {
    }

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public static new ConsArray Adopt(JValue[] items) => new(items);
}
