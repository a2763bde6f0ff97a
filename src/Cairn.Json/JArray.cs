using System.Collections;

namespace Cairn.Json;

/// <summary>
/// An immutable JSON array. The backing array is owned by this value and never mutated.
/// An expression language may derive from it to mark arrays it treats specially (JSONata sequences).
/// </summary>
public class JArray : JValue, IReadOnlyList<JValue>
{
    public static readonly JArray Empty = new(System.Array.Empty<JValue>());

    private readonly JValue[] _items;

    /// <summary>The size of the compact JSON text once <see cref="JsonSize"/> has measured it, else -1.</summary>
    internal long Utf8Size = -1;

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    protected JArray(JValue[] items) : base(JsonKind.Array) => _items = items;

    public int Count => _items.Length;

    public JValue this[int index] => _items[index];

    public ReadOnlySpan<JValue> Items => _items;

    /// <summary>Copies the items.</summary>
    public static JArray Create(ReadOnlySpan<JValue> items) => items.Length == 0 ? Empty : new JArray(items.ToArray());

    public static JArray Create(IEnumerable<JValue> items) => Adopt(items.ToArray());

    /// <summary>Takes ownership of the array: the caller must never change it afterwards.</summary>
    public static JArray Adopt(JValue[] items) => items.Length == 0 ? Empty : new JArray(items);

    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<JValue> IEnumerable<JValue>.GetEnumerator() => ((IEnumerable<JValue>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public struct Enumerator
    {
        private readonly JValue[] _items;
        private int _index;

        internal Enumerator(JValue[] items)
        {
            _items = items;
            _index = -1;
        }

        public readonly JValue Current => _items[_index];

        public bool MoveNext() => ++_index < _items.Length;
    }
}
