using Cairn.Json;

namespace Cairn.Jsonata.Values;

/// <summary>
/// A JSONata sequence: the result of a path step or a function that yields many values.
/// To everything outside the evaluator it is an ordinary JSON array. A sequence of one
/// value is unwrapped to that value at the end of a path unless <see cref="KeepSingleton"/>
/// is set (the <c>[]</c> keep-array marker); <see cref="OuterWrapper"/> marks the one-item
/// sequence that wraps an array given as the input of an evaluation.
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

    public static Sequence Single(JValue item, bool keepSingleton = false) => new([item], keepSingleton);

    /// <summary>The one-item sequence an array input of an evaluation is wrapped in.</summary>
    public static Sequence Wrap(JArray input) => new([input], keepSingleton: false) { OuterWrapper = true };

    public Sequence WithKeepSingleton() => KeepSingleton ? this : new Sequence(Items.ToArray(), keepSingleton: true) { OuterWrapper = OuterWrapper };

    /// <summary>
    /// What an expression yields for a sequence: nothing for an empty one, the item itself for
    /// one item (unless kept as an array), the sequence otherwise. Other values pass through.
    /// </summary>
    public static JValue? Normalize(JValue? value)
    {
        if (value is Sequence s)
        {
            if (s.Count == 0)
            {
                return null;
            }

            if (s.Count == 1 && !s.KeepSingleton)
            {
                return s[0];
            }
        }

        return value;
    }
}
