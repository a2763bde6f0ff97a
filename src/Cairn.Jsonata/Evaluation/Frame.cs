using Cairn.Json;

namespace Cairn.Jsonata.Evaluation;

/// <summary>
/// A scope of variable bindings: a block, a lambda invocation, or the bindings of a tuple.
/// Frames are small arrays searched from the innermost outwards; the outermost (root) frame
/// also consults the evaluation's bindings and the built-in functions.
/// </summary>
internal sealed class Frame
{
    private readonly Frame? _parent;
    private readonly IReadOnlyDictionary<string, JValue>? _globals;
    private string[] _names;
    private JValue?[] _values;
    private int _count;

    public Frame(Frame parent, int capacity = 2)
    {
        _parent = parent;
        _names = capacity == 0 ? System.Array.Empty<string>() : new string[capacity];
        _values = capacity == 0 ? System.Array.Empty<JValue?>() : new JValue?[capacity];
    }

    private Frame(IReadOnlyDictionary<string, JValue>? globals)
    {
        _globals = globals;
        _names = new string[2];
        _values = new JValue?[2];
    }

    public static Frame CreateRoot(IReadOnlyDictionary<string, JValue>? bindings) => new(bindings);

    public void Bind(string name, JValue? value)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_names[i], name) || string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                _values[i] = value;
                return;
            }
        }

        if (_count == _names.Length)
        {
            var size = Math.Max(2, _count * 2);
            Array.Resize(ref _names, size);
            Array.Resize(ref _values, size);
        }

        _names[_count] = name;
        _values[_count++] = value;
    }

    /// <summary>Finds a variable; false when it is bound nowhere (a bound undefined is found, with a null value).</summary>
    public bool TryLookup(string name, out JValue? value)
    {
        var frame = this;
        while (true)
        {
            var names = frame._names;
            for (var i = frame._count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(names[i], name) || string.Equals(names[i], name, StringComparison.Ordinal))
                {
                    value = frame._values[i];
                    return true;
                }
            }

            if (frame._parent is null)
            {
                break;
            }

            frame = frame._parent;
        }

        if (frame._globals is not null && frame._globals.TryGetValue(name, out var bound))
        {
            value = bound;
            return true;
        }

        if (Functions.FunctionTable.Standard.TryGet(name, out var builtin))
        {
            value = builtin;
            return true;
        }

        value = null;
        return false;
    }

    public JValue? Lookup(string name) => TryLookup(name, out var value) ? value : null;
}
