using Cairn.Json;

namespace Cairn.Jsonata.Values;

/// <summary>
/// Collects the items of a sequence; allocates nothing until the second item. A sequence (a path's
/// results, an array constructor's items) holds at most <see cref="MaxItems"/> items: one more stops
/// the evaluation with U1001, so that no expression can build an array that exhausts memory.
/// </summary>
internal struct SequenceBuilder
{
    /// <summary>The most items an array built in an evaluation may hold: as many as JSONata's largest range (D2014 beyond).</summary>
    public const int MaxItems = 10_000_000;

    private JValue? _first;
    private JValue[]? _items;
    private int _count;

    public readonly int Count => _count;

    public readonly JValue this[int index] => _items is null ? _first! : _items[index];

    public void Add(JValue value)
    {
        if (_count == 0 && _items is null)
        {
            _first = value;
            _count = 1;
            return;
        }

        if (_items is null)
        {
            _items = new JValue[4];
            _items[0] = _first!;
            _first = null;
        }
        else if (_count == _items.Length)
        {
            if (_count >= MaxItems)
            {
                throw TooManyItems();
            }

            Array.Resize(ref _items, Math.Min(_count * 2, MaxItems));
        }

        _items[_count++] = value;
    }

    /// <summary>Adds a value, spreading an array (other than a constructed one) into its items.</summary>
    public void AddFlattened(JValue value)
    {
        if (value is JArray array and not ConsArray)
        {
            foreach (var item in array)
            {
                Add(item);
            }
        }
        else
        {
            Add(value);
        }
    }

    public readonly JValue[] ToArray()
    {
        if (_count == 0)
        {
            return System.Array.Empty<JValue>();
        }

        if (_items is null)
        {
            return [_first!];
        }

        if (_items.Length == _count)
        {
            return _items;
        }

        var result = new JValue[_count];
        Array.Copy(_items, result, _count);
        return result;
    }

    /// <summary>Stops the evaluation with U1001 before an array of more than <see cref="MaxItems"/> items is built.</summary>
    public static void CheckCount(long count)
    {
        if (count > MaxItems)
        {
            throw TooManyItems();
        }
    }

    private static JsonataException TooManyItems() =>
        JsonataErrors.Limit($"The array built would have more than the limit of {MaxItems} items");

    public readonly Sequence ToSequence(bool keepSingleton = false) => Sequence.Adopt(ToArray(), keepSingleton);
}
