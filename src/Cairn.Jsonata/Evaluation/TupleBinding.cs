using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// One element of a tuple stream: the context value (<c>@</c>) of a path item together with the
/// variables bound along the path to it (focus <c>@$v</c>, index <c>#$i</c>, parent labels).
/// Immutable once built; extending it copies.
/// </summary>
internal sealed class TupleBinding
{
    private static readonly string[] NoNames = [];
    private static readonly JValue?[] NoValues = [];

    private readonly string[] _names;
    private readonly JValue?[] _values;

    public TupleBinding(JValue? focus)
    {
        Focus = focus;
        _names = NoNames;
        _values = NoValues;
    }

    private TupleBinding(JValue? focus, string[] names, JValue?[] values)
    {
        Focus = focus;
        _names = names;
        _values = values;
    }

    public JValue? Focus { get; }

    public int Count => _names.Length;

    public string NameAt(int index) => _names[index];

    public JValue? ValueAt(int index) => _values[index];

    public TupleBinding WithFocus(JValue? focus) => new(focus, _names, _values);

    public TupleBinding With(string name, JValue? value)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (_names[i] == name)
            {
                var values = (JValue?[])_values.Clone();
                values[i] = value;
                return new TupleBinding(Focus, _names, values);
            }
        }

        var names = new string[_names.Length + 1];
        var newValues = new JValue?[_names.Length + 1];
        Array.Copy(_names, names, _names.Length);
        Array.Copy(_values, newValues, _names.Length);
        names[^1] = name;
        newValues[^1] = value;
        return new TupleBinding(Focus, names, newValues);
    }

    /// <summary>This tuple with every binding of <paramref name="other"/> added, and its focus.</summary>
    public TupleBinding Merge(TupleBinding other)
    {
        var result = WithFocus(other.Focus);
        for (var i = 0; i < other.Count; i++)
        {
            result = result.With(other._names[i], other._values[i]);
        }

        return result;
    }

    public bool TryGet(string name, out JValue? value)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (_names[i] == name)
            {
                value = _values[i];
                return true;
            }
        }

        value = null;
        return false;
    }

    public Frame CreateFrame(Frame parent)
    {
        if (_names.Length == 0)
        {
            return parent;
        }

        var frame = new Frame(parent, _names.Length);
        for (var i = 0; i < _names.Length; i++)
        {
            frame.Bind(_names[i], _values[i]);
        }

        return frame;
    }
}
