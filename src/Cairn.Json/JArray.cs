using System.Collections;

namespace Cairn.Json;

/// <summary>
/// An immutable JSON array. The backing array is owned by this value and never mutated.
/// An expression language may derive from it to mark arrays it treats specially (JSONata sequences),
/// or to defer making its items until they are read (a large range whose length is all that is asked).
/// </summary>
public class JArray : JValue, IReadOnlyList<JValue>
{
    public static readonly JArray Empty = new(System.Array.Empty<JValue>());

    private readonly int _count;
    private readonly Func<JValue[]>? _materialize;
    private JValue[]? _items;

    /// <summary>Takes ownership of <paramref name="items"/>.</summary>
    protected JArray(JValue[] items) : base(JsonKind.Array)
    {
        _items = items;
        _count = items.Length;
    }

    /// <summary>
    /// An array of <paramref name="count"/> items made by <paramref name="materialize"/> the first
    /// time any item is read (its length is known without them). <paramref name="materialize"/> must
    /// return a new array of exactly <paramref name="count"/> items, the same ones on every call.
    /// </summary>
    protected JArray(int count, Func<JValue[]> materialize) : base(JsonKind.Array)
    {
        _count = count;
        _materialize = materialize;
    }

    public int Count => _count;

    public JValue this[int index] => Backing[index];

    public ReadOnlySpan<JValue> Items => Backing;

    /// <summary>True while a deferred array has not made its items yet.</summary>
    public bool IsDeferred => Volatile.Read(ref _items) is null;

    private JValue[] Backing => Volatile.Read(ref _items) ?? Materialize();

    /// <summary>Copies the items.</summary>
    public static JArray Create(ReadOnlySpan<JValue> items) => items.Length == 0 ? Empty : new JArray(items.ToArray());

    public static JArray Create(IEnumerable<JValue> items) => Adopt(items.ToArray());

    /// <summary>Takes ownership of the array: the caller must never change it afterwards.</summary>
    public static JArray Adopt(JValue[] items) => items.Length == 0 ? Empty : new JArray(items);

    public Enumerator GetEnumerator() => new(Backing);

    IEnumerator<JValue> IEnumerable<JValue>.GetEnumerator() => ((IEnumerable<JValue>)Backing).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Backing.GetEnumerator();

    /// <summary>Values are shared between threads: two readers may both make the items; one array wins.</summary>
    private JValue[] Materialize()
    {
        var items = _materialize!();
        if (items.Length != _count)
        {
            throw new InvalidOperationException($"A deferred array of {_count} items made {items.Length}.");
        }

        return Interlocked.CompareExchange(ref _items, items, null) ?? items;
    }

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
