using Cairn.Json;

namespace Cairn.Jsonata.Values;

/// <summary>Collects the items of a sequence; allocates nothing until the second item.</summary>
internal struct SequenceBuilder
{
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
            Array.Resize(ref _items, _count * 2);
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

    public readonly Sequence ToSequence(bool keepSingleton = false) => Sequence.Adopt(ToArray(), keepSingleton);
}
