using Cairn.Json;

namespace Cairn.Jsonata.Values;

/// <summary>
/// A JSONata sequence: the result of a path step or a function that yields many values.
/// To everything outside the evaluator it is an ordinary JSON array. A sequence of one
/// value is unwrapped to that value at the end of a path unless <see cref="KeepSingleton"/>
/// is set (the <c>[]</c> keep-array marker); <see cref="OuterWrapper"/> marks the array
/// built by an array constructor in a path, which flattening keeps.
/// </summary>
internal sealed class Sequence : JArray
{
    public static readonly Sequence EmptySequence = new(System.Array.Empty<JValue>(), keepSingleton: false);

    private Sequence(JValue[] items, bool keepSingleton) : base(items) => KeepSingleton = keepSingleton;

    public bool KeepSingleton { get; }

    public bool OuterWrapper { get; init; }

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    public static Sequence Adopt(JValue[] items, bool keepSingleton = false) =>
        items.Length == 0 && !keepSingleton ? EmptySequence : new Sequence(items, keepSingleton);

    public static Sequence From(List<JValue> items, bool keepSingleton = false) => Adopt(items.ToArray(), keepSingleton);

    public Sequence WithKeepSingleton() => KeepSingleton ? this : new Sequence(Items.ToArray(), keepSingleton: true) { OuterWrapper = OuterWrapper };
}
