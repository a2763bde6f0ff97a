namespace Cairn.Json;

/// <summary>Collects members for a new <see cref="JObject"/>; a repeated key replaces the earlier value.</summary>
public sealed class JObjectBuilder
{
    private KeyValuePair<string, JValue>[] _members;
    private int _count;
    private Dictionary<string, int>? _index;

    public JObjectBuilder(int capacity = 4) => _members = new KeyValuePair<string, JValue>[Math.Max(capacity, 1)];

    public int Count => _count;

    public JObjectBuilder Set(string key, JValue value)
    {
        var existing = Find(key);
        if (existing >= 0)
        {
            _members[existing] = new KeyValuePair<string, JValue>(key, value);
            return this;
        }

        if (_count == _members.Length)
        {
            Array.Resize(ref _members, Math.Max(4, _members.Length * 2));
        }

        _index?.Add(key, _count);
        _members[_count++] = new KeyValuePair<string, JValue>(key, value);
        return this;
    }

    public bool Contains(string key) => Find(key) >= 0;

    public JObject Build()
    {
        var members = _members;
        if (_count != members.Length)
        {
            Array.Resize(ref members, _count);
        }

        _members = System.Array.Empty<KeyValuePair<string, JValue>>();
        _count = 0;
        _index = null;
        return JObject.Adopt(members);
    }

    private int Find(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var i) ? i : -1;
        }

        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_members[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        if (_count >= 16)
        {
            _index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
            for (var i = 0; i < _count; i++)
            {
                _index[_members[i].Key] = i;
            }
        }

        return -1;
    }
}
