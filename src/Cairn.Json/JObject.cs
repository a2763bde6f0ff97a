using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Cairn.Json;

/// <summary>
/// An immutable JSON object that keeps its members in insertion order. Lookups scan small
/// objects and use a lazily built index for larger ones. "Changing" a member returns a new
/// object that shares every other member's value.
/// </summary>
public sealed class JObject : JValue, IReadOnlyList<KeyValuePair<string, JValue>>
{
    private const int IndexThreshold = 8;

    public static readonly JObject Empty = new(System.Array.Empty<KeyValuePair<string, JValue>>());

    private readonly KeyValuePair<string, JValue>[] _members;
    private Dictionary<string, int>? _index;

    /// <summary>The size of the compact JSON text once <see cref="JsonSize"/> has measured it, else -1.</summary>
    internal long Utf8Size = -1;

    private JObject(KeyValuePair<string, JValue>[] members) : base(JsonKind.Object) => _members = members;

    public int Count => _members.Length;

    public KeyValuePair<string, JValue> this[int index] => _members[index];

    public ReadOnlySpan<KeyValuePair<string, JValue>> Members => _members;

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var member in _members)
            {
                yield return member.Key;
            }
        }
    }

    /// <summary>Takes ownership of the members, which must have distinct keys.</summary>
    public static JObject Adopt(KeyValuePair<string, JValue>[] members) => members.Length == 0 ? Empty : new JObject(members);

    /// <summary>Builds an object; a repeated key replaces the earlier value in its position.</summary>
    public static JObject Create(IEnumerable<KeyValuePair<string, JValue>> members)
    {
        var builder = new JObjectBuilder();
        foreach (var member in members)
        {
            builder.Set(member.Key, member.Value);
        }

        return builder.Build();
    }

    public static JObject Create(params (string Key, JValue Value)[] members)
    {
        var builder = new JObjectBuilder(members.Length);
        foreach (var (key, value) in members)
        {
            builder.Set(key, value);
        }

        return builder.Build();
    }

    public int IndexOf(string key)
    {
        var members = _members;
        if (members.Length <= IndexThreshold)
        {
            for (var i = 0; i < members.Length; i++)
            {
                if (string.Equals(members[i].Key, key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        var index = _index ??= BuildIndex(members);
        return index.TryGetValue(key, out var position) ? position : -1;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [NotNullWhen(true)] out JValue? value)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            value = null;
            return false;
        }

        value = _members[i].Value;
        return true;
    }

    public JValue? this[string key] => TryGetValue(key, out var value) ? value : null;

    /// <summary>A copy with the member set: replaced in place if present, appended otherwise.</summary>
    public JObject With(string key, JValue value)
    {
        var i = IndexOf(key);
        KeyValuePair<string, JValue>[] members;
        if (i >= 0)
        {
            members = (KeyValuePair<string, JValue>[])_members.Clone();
            members[i] = new KeyValuePair<string, JValue>(key, value);
        }
        else
        {
            members = new KeyValuePair<string, JValue>[_members.Length + 1];
            _members.CopyTo(members, 0);
            members[^1] = new KeyValuePair<string, JValue>(key, value);
        }

        return new JObject(members);
    }

    /// <summary>A copy without the member, or this object if it has no such member.</summary>
    public JObject Without(string key)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            return this;
        }

        var members = new KeyValuePair<string, JValue>[_members.Length - 1];
        Array.Copy(_members, 0, members, 0, i);
        Array.Copy(_members, i + 1, members, i, _members.Length - i - 1);
        return Adopt(members);
    }

    IEnumerator<KeyValuePair<string, JValue>> IEnumerable<KeyValuePair<string, JValue>>.GetEnumerator() =>
        ((IEnumerable<KeyValuePair<string, JValue>>)_members).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _members.GetEnumerator();

    private static Dictionary<string, int> BuildIndex(KeyValuePair<string, JValue>[] members)
    {
        var index = new Dictionary<string, int>(members.Length, StringComparer.Ordinal);
        for (var i = 0; i < members.Length; i++)
        {
            index[members[i].Key] = i;
        }

        return index;
    }
}
